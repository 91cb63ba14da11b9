"""allauth customisation, through its adapters only."""

from __future__ import annotations

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from django.http import HttpRequest


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request: HttpRequest) -> bool:
        # Accounts come from HR's import or from an administrator.
        return False

    def reauthenticate(self, user: Any, password: str) -> bool:
        reauthenticated = super().reauthenticate(user, password)
        if reauthenticated:
            from allauth.core import context

            from .services import session_key_rotate

            # A new session id after a re-authentication, as after a sign-in (the TOTP one: receivers.py).
            session_key_rotate(context.request)
        return reauthenticated


class SocialAccountAdapter(DefaultSocialAccountAdapter):
    def is_open_for_signup(self, request: HttpRequest, sociallogin: Any) -> bool:
        # The identity provider may only sign in people who already have an
        # account here (matched by verified email); it never creates accounts.
        return False
