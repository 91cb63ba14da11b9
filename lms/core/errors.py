"""The refusal every service raises: a stable ``code`` for tests and the API, a ``message`` for people."""

from __future__ import annotations


class ServiceError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
