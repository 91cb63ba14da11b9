"""One-machine development and demo settings (the default)."""

from .base import *  # noqa: F403

LMS_ENVIRONMENT = "dev"
DEBUG = env_bool("DEBUG", True)  # noqa: F405
