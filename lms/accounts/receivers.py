"""Sign-in events go to the audit log (the receivers only record; no rules live here)."""

from __future__ import annotations

from typing import Any

from allauth.mfa.models import Authenticator
from allauth.mfa.signals import authentication_failed as mfa_authentication_failed
from allauth.mfa.signals import authenticator_added, authenticator_used
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from lms.audit.services import audit_log


@receiver(user_logged_in, dispatch_uid="lms_audit_login")
def _logged_in(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    from .middleware import session_touch

    # Signing in is activity: the idle timer starts again from now.
    session_touch(request)
    audit_log(action="account.login", actor=user, target=user, request=request)


@receiver(user_logged_out, dispatch_uid="lms_audit_logout")
def _logged_out(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    if user is not None:
        audit_log(action="account.logout", actor=user, target=user, request=request)


@receiver(user_login_failed, dispatch_uid="lms_audit_login_failed")
def _login_failed(sender: Any, credentials: dict[str, Any], request: Any = None, **kwargs: Any) -> None:
    attempted = str(credentials.get("email") or credentials.get("username") or "")[:254]
    audit_log(action="account.login_failed", details={"login": attempted}, request=request)


@receiver(mfa_authentication_failed, sender=Authenticator, dispatch_uid="lms_audit_mfa_failed")
def _mfa_failed(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    audit_log(action="account.mfa_failed", actor=user, target=user, request=request)


@receiver(authenticator_added, sender=Authenticator, dispatch_uid="lms_mfa_enrolled")
def _enrolled(sender: Any, request: Any, user: Any, authenticator: Any, **kwargs: Any) -> None:
    # Enrolling proves possession of the code just now (allauth verified it), so this
    # session counts as having passed the second factor, as after a sign-in with it.
    from allauth.account.internal.flows.login import record_authentication

    record_authentication(request, user, "mfa", type=authenticator.type, id=authenticator.pk)
    audit_log(action="account.mfa_enrolled", actor=user, target=user, request=request)


@receiver(authenticator_used, sender=Authenticator, dispatch_uid="lms_mfa_reauthenticated")
def _reauthenticated_with_mfa(
    sender: Any, request: Any, user: Any, reauthenticated: bool = False, **kwargs: Any
) -> None:
    # A sign-in already gets a new session id from Django's login(); a re-authentication gets one here.
    if reauthenticated:
        from .services import session_key_rotate

        session_key_rotate(request)
