"""Settings shared by every environment. Environment-specific modules import * from here."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse

import dj_database_url
from celery.schedules import crontab
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from .env import env_bool, env_int, env_list, env_optional, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent
# Everything the running site writes (SQLite database, broker folders, uploads)
# lives under one directory so that a checkout stays clean.
VAR_DIR = Path(env_str("LMS_VAR_DIR", str(BASE_DIR / "var")))

LMS_ENVIRONMENT = "base"
SECRET_KEY = env_str("SECRET_KEY", "insecure-development-key-change-me-0123456789abcdefghij")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    # Project apps first so their templates override those of libraries.
    "lms.core",
    "lms.accounts",
    "lms.people",
    "lms.audit",
    "lms.outbox",
    "courses",
    "quizzes",
    "certification",
    # Wagtail
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.simple_translation",
    "wagtail.locales",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "treebeard",
    # Accounts
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.socialaccount",
    "allauth.socialaccount.providers.openid_connect",
    "allauth.usersessions",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sites",
    "django.contrib.humanize",
    "django.contrib.staticfiles",
    "django_celery_beat",
    "csp",
    "rest_framework",
    "drf_spectacular",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "lms.accounts.middleware.IdleTimeoutMiddleware",
    "lms.core.device.DeviceCookieMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "allauth.usersessions.middleware.UserSessionsMiddleware",
    "lms.accounts.middleware.StaffMFARequiredMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "lms.core.middleware.SiteCSPMiddleware",
    # Before anything that keys a cache or a query on the address.
    "lms.core.middleware.RefuseNulMiddleware",
    "lms.core.pagecache.PublicPageCacheMiddleware",
    "lms.core.routing.PageRouteCacheMiddleware",
]

ROOT_URLCONF = "lms.urls"
WSGI_APPLICATION = "lms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
                "lms.core.context_processors.site",
            ],
        },
    },
]

# --- Database -----------------------------------------------------------------

DATABASE_URL = env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}")
DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=env_int("DB_CONN_MAX_AGE", 0))}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    # WAL lets readers proceed during a write; IMMEDIATE transactions take the
    # write lock up front so concurrent writers queue (busy timeout) instead of
    # failing with "database is locked" on lock upgrade.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache (rate limits, used MFA codes): always a cache shared by processes ---

CACHE_URL = env_optional("CACHE_URL")
if CACHE_URL and CACHE_URL.startswith(("redis://", "rediss://")):
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": CACHE_URL,
            # A cache that is down is a miss, not an error page: rate limits fail open for that time.
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5, "IGNORE_EXCEPTIONS": True},
        }
    }
elif CACHE_URL:
    raise ImproperlyConfigured("CACHE_URL must be a redis:// URL (the default is the database cache).")
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "lms_cache",
        }
    }

# --- Authentication -------------------------------------------------------------

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    # allauth's backend; it only loads the signed-in user with their roles in one query.
    "lms.accounts.backends.AccountBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"
SITE_ID = 1

ACCOUNT_ADAPTER = "lms.accounts.adapter.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
# Addresses come from HR's personnel records, not from self-registration.
ACCOUNT_EMAIL_VERIFICATION = "none"
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_SESSION_REMEMBER = False
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_PASSWORD_RESET_BY_CODE_ENABLED = False
ACCOUNT_REAUTHENTICATION_TIMEOUT = 300
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "change_password": "5/m/user",
    "reauthenticate": "10/m/user",
}
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = env_str("MFA_TOTP_ISSUER", "LMS CCHC")
MFA_TRUST_ENABLED = False
# Accept the neighbouring 30-second code too: phones' clocks drift.
MFA_TOTP_TOLERANCE = 1
# ... and a code stays spent for that whole window (allauth alone forgets it after one period).
MFA_FORMS = {
    "authenticate": "lms.accounts.forms.AuthenticateForm",
    "reauthenticate": "lms.accounts.forms.ReauthenticateForm",
}
# Addresses come from HR's personnel records, so they count as verified for MFA.
MFA_ALLOW_UNVERIFIED_EMAIL = True
SOCIALACCOUNT_ADAPTER = "lms.accounts.adapter.SocialAccountAdapter"
SOCIALACCOUNT_EMAIL_AUTHENTICATION = True
SOCIALACCOUNT_EMAIL_AUTHENTICATION_AUTO_CONNECT = True
SOCIALACCOUNT_LOGIN_ON_GET = False
SOCIALACCOUNT_STORE_TOKENS = False
SOCIALACCOUNT_PROVIDERS: dict = {}
# A government identity provider (OpenID Connect) is switched on by these variables.
OIDC_SERVER_URL = env_optional("OIDC_SERVER_URL")
if OIDC_SERVER_URL:
    SOCIALACCOUNT_PROVIDERS["openid_connect"] = {
        "OAUTH_PKCE_ENABLED": True,
        "APPS": [
            {
                "provider_id": env_str("OIDC_PROVIDER_ID", "gov-id"),
                "name": env_str("OIDC_NAME", "Government ID"),
                "client_id": env_str("OIDC_CLIENT_ID"),
                "secret": env_str("OIDC_CLIENT_SECRET"),
                "settings": {"server_url": OIDC_SERVER_URL},
            }
        ],
    }

# Sessions: the office computer is often shared. A session ends when the browser
# closes, after LMS_IDLE_TIMEOUT of inactivity, and at most after SESSION_COOKIE_AGE.
SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 10 * 60 * 60)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
LMS_IDLE_TIMEOUT = timedelta(minutes=env_int("LMS_IDLE_TIMEOUT_MINUTES", 30))
CSRF_COOKIE_HTTPONLY = True

# --- Internationalisation ----------------------------------------------------------

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Vietnamese")), ("en", _("English"))]
# Our own catalog first; then Vietnamese for libraries that ship none (allauth).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "translations" / "allauth"]
FORMAT_MODULE_PATH = ["lms.formats"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
LANGUAGE_COOKIE_NAME = "lms_language"
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_HTTPONLY = True

# --- Static and uploaded files ------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("LMS_STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
# Files that must never be served directly (imports, certificates, exports).
PRIVATE_MEDIA_ROOT = VAR_DIR / "private"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": str(PRIVATE_MEDIA_ROOT), "base_url": None},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Public lesson pages are kept this long for visitors who are not signed in (0: not at all).
LMS_PUBLIC_PAGE_CACHE_SECONDS = env_int("LMS_PUBLIC_PAGE_CACHE_SECONDS", 600)
# Wagtail's page routing is remembered this long (0: routed on every request).
LMS_ROUTE_CACHE_SECONDS = env_int("LMS_ROUTE_CACHE_SECONDS", 600)
# Uploads above this size are refused before their body is read.
LMS_MAX_UPLOAD_BYTES = env_int("LMS_MAX_UPLOAD_BYTES", 10 * 1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_PERMISSIONS = 0o640

# --- Wagtail ------------------------------------------------------------------------

WAGTAIL_SITE_NAME = "LMS CCHC"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_FRONTEND_LOGIN_URL = "/accounts/login/"
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False
# The admin calls no outside server: no avatars from gravatar.com (a hash of each user's
# address), no release check against wagtail.org.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAILUSERS_PASSWORD_ENABLED = False
# Content is authored in Vietnamese and English. URLs carry no language prefix:
# the language chosen in the header picks the translation of the same page.
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILDOCS_SERVE_METHOD = "direct"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx", "mp4", "webm", "vtt"]
# Videos are the exception to the 10 MB rule.
WAGTAILDOCS_MAX_UPLOAD_SIZE = env_int("LMS_MAX_DOCUMENT_BYTES", 200 * 1024 * 1024)
WAGTAILIMAGES_MAX_UPLOAD_SIZE = LMS_MAX_UPLOAD_BYTES

# --- Email ----------------------------------------------------------------------------


def email_settings_from_url(url: str) -> dict[str, object]:
    """Turn EMAIL_URL (smtp://user:pass@host:587?tls=1, console://, file:///dir) into settings."""
    parsed = urlparse(url)
    query = {key: values[-1] for key, values in parse_qs(parsed.query).items()}
    if parsed.scheme == "console":
        return {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}
    if parsed.scheme == "file":
        return {"EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend", "EMAIL_FILE_PATH": parsed.path}
    if parsed.scheme in {"smtp", "smtps"}:
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": parsed.hostname or "localhost",
            "EMAIL_PORT": parsed.port or (465 if parsed.scheme == "smtps" else 25),
            "EMAIL_HOST_USER": unquote(parsed.username or ""),
            "EMAIL_HOST_PASSWORD": unquote(parsed.password or ""),
            "EMAIL_USE_TLS": query.get("tls", "0") in {"1", "true"},
            "EMAIL_USE_SSL": parsed.scheme == "smtps",
            "EMAIL_TIMEOUT": 10,
        }
    raise ImproperlyConfigured(f"EMAIL_URL has an unsupported scheme: {parsed.scheme!r}.")


EMAIL_URL = env_optional("EMAIL_URL")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
if EMAIL_URL:
    globals().update(email_settings_from_url(EMAIL_URL))
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "LMS CCHC <no-reply@lms.gov.vn>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Celery ---------------------------------------------------------------------------

BROKER_DIR = VAR_DIR / "broker"
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL", "filesystem://")
CELERY_BROKER_TRANSPORT_OPTIONS: dict[str, object] = {}
if CELERY_BROKER_URL.startswith("filesystem://"):
    # The one-machine default: kombu's filesystem transport needs no server.
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(BROKER_DIR / "queue"),
        "data_folder_out": str(BROKER_DIR / "queue"),
        "processed_folder": str(BROKER_DIR / "processed"),
        "control_folder": str(BROKER_DIR / "control"),
        "store_processed": False,
    }
else:
    # Publishing gives up within a fraction of a second when the broker is down: requests never wait on
    # it, and the outbox sweep relays what could not be sent.
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "socket_connect_timeout": 1, "socket_timeout": 5, "max_retries": 1,
        "interval_start": 0, "interval_step": 0.2, "interval_max": 0.5,
    }  # fmt: skip
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_PUBLISH_RETRY_POLICY = {"max_retries": 2, "interval_start": 0, "interval_step": 0.5, "interval_max": 1}
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = 15 * 60
CELERY_TASK_SOFT_TIME_LIMIT = 14 * 60
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_BEAT_SCHEDULE: dict[str, dict] = {
    "outbox-sweep": {
        "task": "lms.outbox.tasks.outbox_sweep_task",
        "schedule": float(env_int("LMS_OUTBOX_SWEEP_EVERY_SECONDS", 60)),
    },
    "certificate-expiry-reminders": {
        "task": "certification.tasks.expiry_reminders_task",
        "schedule": crontab(hour=7, minute=0),
    },
    "role-assignments-sweep": {"task": "certification.tasks.assignments_sweep_task", "schedule": 15 * 60.0},
    "rollups-reconcile": {"task": "certification.tasks.rollups_reconcile_task", "schedule": 10 * 60.0},
    "unit-snapshots": {"task": "certification.tasks.snapshots_task", "schedule": crontab(hour=23, minute=50)},
    "mandate-reminders": {"task": "certification.tasks.mandate_reminders_task", "schedule": crontab(hour=7, minute=15)},
    "unit-digests": {"task": "certification.tasks.unit_digests_task", "schedule": crontab(hour=7, minute=30)},
    "outbox-prune": {"task": "lms.outbox.tasks.outbox_prune_task", "schedule": crontab(hour=3, minute=0)},
    "exports-prune": {"task": "certification.tasks.exports_prune_task", "schedule": crontab(hour=3, minute=10)},
}
# The outbox: messages older than this that are still pending are relayed again.
LMS_OUTBOX_SWEEP_AFTER = timedelta(seconds=env_int("LMS_OUTBOX_SWEEP_AFTER_SECONDS", 60))
LMS_OUTBOX_MAX_ATTEMPTS = env_int("LMS_OUTBOX_MAX_ATTEMPTS", 10)
LMS_OUTBOX_SWEEP_BATCH = 500
# Delivered outbox messages, and background exports with their files, are deleted after this long.
LMS_OUTBOX_KEEP = timedelta(days=env_int("LMS_OUTBOX_KEEP_DAYS", 30))
LMS_EXPORT_KEEP = timedelta(days=env_int("LMS_EXPORT_KEEP_DAYS", 7))
# How many pending certificate evaluations one outbox delivery takes and evaluates together.
LMS_EVALUATE_BATCH = env_int("LMS_EVALUATE_BATCH", 200)
LMS_HEALTH_BROKER_TIMEOUT = 2
# django-redis logs the errors it ignores.
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
CELERY_TASK_ALWAYS_EAGER = False

# --- Security headers (all environments; production adds HTTPS-only settings) ----------

X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# --- Platform -----------------------------------------------------------------------------

LMS_SITE_NAME = env_str("LMS_SITE_NAME", "")
# The body named as issuer on certificates and on the verification page.
LMS_CERTIFICATE_ISSUER = env_optional("LMS_CERTIFICATE_ISSUER") or _("City Department of Home Affairs")
# Public verification: requests per minute from one address.
LMS_VERIFY_RATE_PER_MINUTE = env_int("LMS_VERIFY_RATE_PER_MINUTE", 30)
# Training mandates: days overdue before the unit's head is told; large exports run as tasks.
LMS_MANDATE_ESCALATION_DAYS = env_int("LMS_MANDATE_ESCALATION_DAYS", 14)
LMS_EXPORT_INLINE_MAX_ROWS = env_int("LMS_EXPORT_INLINE_MAX_ROWS", 2000)
# The public transparency board may also name leaders this many days overdue (off when unset).
LMS_TRANSPARENCY_NAME_LEADERS_OVERDUE_DAYS = env_optional("LMS_TRANSPARENCY_NAME_LEADERS_OVERDUE_DAYS")
# The integration API: calls per client system.
LMS_API_RATE = env_str("LMS_API_RATE", "600/minute")
LMS_DEMO_API_TOKEN = env_str("DEMO_API_TOKEN", "demo-api-token-2026")
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "LMS CCHC integration API",
    "DESCRIPTION": "Read-only: certificates, eligibility for reform roles, unit figures, verification.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "PREPROCESSING_HOOKS": ["certification.api.schema.only_our_api"],
    "SECURITY": [{"bearerAuth": []}],
    "COMPONENT_SPLIT_REQUEST": True,
}
# Final quizzes: re-authentication counts for this long before starting an attempt.
LMS_STEPUP_MAX_AGE_SECONDS = env_int("LMS_STEPUP_MAX_AGE_SECONDS", 300)
# Integrity signals for HR (never verdicts): one device or address finishing final quizzes for
# this many officials within the window; lessons finished in less than this share of their estimate.
LMS_FLAG_SHARED_DEVICE_OFFICIALS = env_int("LMS_FLAG_SHARED_DEVICE_OFFICIALS", 3)
LMS_FLAG_SHARED_DEVICE_WINDOW_MINUTES = env_int("LMS_FLAG_SHARED_DEVICE_WINDOW_MINUTES", 120)
LMS_FLAG_MIN_STUDY_SHARE = float(env_str("LMS_FLAG_MIN_STUDY_SHARE", "0.2"))
# When a program is added to a reform role, current holders have this many days to earn it.
LMS_ROLE_REQUIREMENT_GRACE_DAYS = env_int("LMS_ROLE_REQUIREMENT_GRACE_DAYS", 30)
LMS_IMPORT_MAX_ROWS = env_int("LMS_IMPORT_MAX_ROWS", 600_000)
LMS_DEMO_PASSWORD = env_str("DEMO_PASSWORD", "demo-pass-2026")
LMS_DEMO_TOTP_SECRET = env_str("DEMO_TOTP_SECRET", "JBSWY3DPEHPK3PXP")
LMS_SEED_ALLOWED = True
LMS_OFFICIAL_INVITES = env_bool("LMS_OFFICIAL_INVITES", True)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # Wagtail runs its search-index updates as tasks and logs each one.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        # WeasyPrint logs every rendering step at INFO.
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}

# Number of reverse proxies in front of the site (nginx: 1); client addresses for
# rate limits and the audit log are read from X-Forwarded-For accordingly.
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
# Password reset for an unknown address sends nothing (there is no sign-up to point to).
ACCOUNT_EMAIL_UNKNOWN_ACCOUNTS = False
