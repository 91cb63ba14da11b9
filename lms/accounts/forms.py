"""allauth's MFA forms, with a TOTP code spent for as long as it is accepted."""

from __future__ import annotations

from allauth.core.internal.cryptokit import normalize_user_code
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.adapter import get_adapter
from allauth.mfa.base import forms as mfa_forms
from allauth.mfa.models import Authenticator
from django.core.cache import cache


def totp_code_spend(authenticator: Authenticator, code: str) -> bool:
    """Claim a TOTP code once; False if it was claimed before.

    allauth accepts a code for MFA_TOTP_TOLERANCE periods either side of now (up to 90 seconds)
    but remembers a used code for one period only, which left a window to replay it. The claim
    here lasts the whole window, in the shared cache like allauth's own.
    """
    window = mfa_settings.TOTP_PERIOD * (2 * mfa_settings.TOTP_TOLERANCE + 1)
    return cache.add(f"lms.mfa.totp.spent:{authenticator.pk}:{normalize_user_code(code)}", True, timeout=window)


class _SpendTOTPCode:
    def clean_code(self) -> str:
        code = super().clean_code()
        if self.authenticator.type == Authenticator.Type.TOTP and not totp_code_spend(self.authenticator, code):
            self._emit_authentication_failed(self.authenticator)
            raise get_adapter().validation_error("incorrect_code")
        return code


class AuthenticateForm(_SpendTOTPCode, mfa_forms.AuthenticateForm):
    pass


class ReauthenticateForm(_SpendTOTPCode, mfa_forms.ReauthenticateForm):
    pass
