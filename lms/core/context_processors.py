from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import gettext as _

from lms.people.roles import is_admin, is_hr, is_trainer


def site(request: HttpRequest) -> dict[str, object]:
    user = request.user
    return {
        "site_name": settings.LMS_SITE_NAME or _("Digital Leadership Academy"),
        "nav_is_hr": is_hr(user) or is_admin(user),
        "nav_is_trainer": is_trainer(user) or is_admin(user),
    }
