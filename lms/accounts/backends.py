"""allauth's authentication backend, loading the signed-in user with what every page asks of them.

Authentication itself is allauth's, untouched (rate limits, MFA). Only ``get_user``, which
runs once per request, differs: one query brings the user, their official record and
whether they are an HR officer or a trainer, instead of three more queries per page.
"""

from __future__ import annotations

from allauth.account.auth_backends import AuthenticationBackend
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import Exists, OuterRef

from lms.people.models import HRScope
from lms.people.roles import TRAINER_GROUPS, official_prime, roles_prime


class AccountBackend(AuthenticationBackend):
    def get_user(self, user_id):
        user = (
            get_user_model()
            ._default_manager.select_related("official__unit")
            .annotate(
                lms_is_hr=Exists(HRScope.objects.filter(user=OuterRef("pk"))),
                lms_is_trainer=Exists(Group.objects.filter(user=OuterRef("pk"), name__in=TRAINER_GROUPS)),
            )
            .filter(pk=user_id)
            .first()
        )
        if user is None or not self.user_can_authenticate(user):
            return None
        roles_prime(user, hr=user.lms_is_hr, trainer=user.lms_is_trainer)
        official = getattr(user, "official", None)
        official_prime(user, official if official is not None and official.is_active else None)
        return user
