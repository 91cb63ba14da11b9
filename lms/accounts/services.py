"""Account workflows: invitations and ending sessions."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from allauth.account.forms import default_token_generator
from allauth.account.models import EmailAddress
from allauth.account.utils import user_pk_to_url_str
from allauth.usersessions.models import UserSession
from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse

from lms.audit.services import audit_log
from lms.core.bulk import bulk_insert_rows
from lms.core.mail import absolute_url, bilingual_mail_send


def invitation_link(user: Any) -> str:
    """An absolute link where the user chooses their first password (allauth's reset-from-key)."""
    path = reverse(
        "account_reset_password_from_key",
        kwargs={"uidb36": user_pk_to_url_str(user), "key": default_token_generator.make_token(user)},
    )
    return absolute_url(path)


def invitation_send(*, user: Any, actor: Any = None) -> None:
    """Email an invitation, in Vietnamese then English, with a link to set a password."""
    context = {"user": user, "link": invitation_link(user), "base_url": settings.WAGTAILADMIN_BASE_URL}
    bilingual_mail_send(template="account/email/invitation", context=context, to=[user.email])
    audit_log(action="account.invitation_sent", actor=actor, target=user)


def invitations_send(*, user_ids: Iterable[int], actor: Any = None) -> int:
    sent = 0
    for user in get_user_model().objects.filter(pk__in=list(user_ids), is_active=True).iterator():
        invitation_send(user=user, actor=actor)
        sent += 1
    return sent


def user_sessions_end(*, user: Any) -> int:
    """Sign the user out everywhere.

    allauth's usersessions middleware records every session of a signed-in user,
    so ending those rows deletes the sessions themselves. (A deactivated account
    is also refused by the authentication backend on its next request.)
    """
    ended = 0
    for user_session in UserSession.objects.filter(user=user):
        user_session.end()
        ended += 1
    return ended


def session_key_rotate(request: Any) -> None:
    """Give the session a new id, keeping its data, when its owner proves who they are again.

    Django does this at sign-in; re-authentication raises what the session may do, so an id
    seen or planted before it must be worth nothing after it. allauth's record of the session
    follows the new id, so that ending every session of the user still finds it.
    """
    old_key = request.session.session_key
    request.session.cycle_key()
    if old_key:
        UserSession.objects.filter(session_key=old_key).update(session_key=request.session.session_key)


def verified_addresses_sync(*, users: Iterable[Any], new: bool = False) -> None:
    """Record each user's address as their one primary, verified address.

    Addresses come from HR's personnel records, so they count as verified. Without this
    record allauth would treat the address as unverified, and a first sign-in through
    the identity provider would make the account's password unusable.
    """
    users = list(users)
    if not users:
        return
    if not new:  # accounts just created have no address yet
        EmailAddress.objects.filter(user__in=[user.pk for user in users]).delete()
    addresses = [{"user_id": user.pk, "email": user.email, "verified": True, "primary": True} for user in users]
    bulk_insert_rows(EmailAddress, addresses)
