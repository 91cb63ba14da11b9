"""Who may do what: the declared access table of every URL the project serves.

Each rule names a route as Django's resolver spells it (the prefixes of the includes joined), or
a prefix group ending in ``*``; the most specific rule wins (an exact route, then the longest
prefix). Routable page sub-routes, which Wagtail's page-serving catch-all hands to lesson and
quiz pages, are named ``page:<app>.<model>/<sub-route>``.

For each of the eight personas a rule declares one outcome:

- ``allowed``: 2xx, or a redirect to anything but a sign-in page; for an empty POST also 400 (the
  request reached the form's validation);
- ``login-required``: a redirect to allauth's ``/accounts/login/`` with ``next``, directly or
  through one of the sign-in doors that only redirect there (``/admin/login/``,
  ``/django-admin/login/``, ``/_util/login/``, each checked here to lead to allauth);
- ``forbidden/not-found``: 403 or 404 (401 for the one error page that answers it), or Wagtail's
  refusal of a signed-in editor (a redirect to the admin home with an error message);
- ``API 401/403 JSON`` and ``API 404 JSON``: the API's ``{"error": {"code", "message"}}`` answers;
- ``back to sign-in``: a redirect to ``/accounts/login/`` without ``next``, from allauth's pages of a
  sign-in stage (code, second factor, identity provider sign-up) when no sign-in is in progress.

A 5xx is never an accepted outcome. Rules with ``method="POST"`` are POST-only views, requested
with an empty POST. Paths in ``urls`` use placeholders filled from the world's objects (see
``Samples`` in test_url_matrix.py): unit A's objects belong to district D1, whose HR officer is
``hr_a``; ``hr_b`` is the HR officer of D2 and must not reach them. Routes of a prefix group
without ``urls`` are requested at the route itself, converters filled from the world's objects.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

PAGE_ROUTE_PREFIX = "page:"
LOGIN_DOORS = ("/accounts/login/", "/admin/login/", "/django-admin/login/", "/_util/login/")


class Outcome(enum.Enum):
    ALLOW = "allowed"
    LOGIN = "login-required"
    DENY = "forbidden/not-found"
    API_DENY = "API 401/403 JSON"
    API_NOT_FOUND = "API 404 JSON"
    RESTART = "back to sign-in (no sign-in in progress)"


A, L, D = Outcome.ALLOW, Outcome.LOGIN, Outcome.DENY
PERSONAS = ("anonymous", "learner", "certified", "trainer", "hr_a", "hr_b", "admin", "api")


def who(default: Outcome, **outcomes: Outcome) -> Mapping[str, Outcome]:
    """An outcome for each persona: ``default`` unless named."""
    unknown = set(outcomes) - set(PERSONAS)
    assert not unknown, f"unknown personas {unknown}"
    return MappingProxyType({persona: outcomes.get(persona, default) for persona in PERSONAS})


# Expectation classes. The API persona is a client system with a Bearer token and no session:
# on the site's pages it is anonymous, and session cookies are no credential for the API.
PUBLIC = who(A)
NOBODY = who(D)
SIGN_IN_DOOR = who(L)
SIGN_IN_STAGE = who(Outcome.RESTART, learner=A, certified=A, trainer=A, hr_a=A, hr_b=A, admin=A)
SIGNED_IN = who(A, anonymous=L, api=L)
SIGNED_IN_NOTHING = who(D, anonymous=L, api=L)
SIGNED_IN_WITH_TOTP = who(A, anonymous=L, api=L, learner=D, certified=D)  # allauth answers 404 without TOTP
HOLDER_OR_HR_A = who(D, anonymous=L, api=L, certified=A, hr_a=A, admin=A)  # a certificate of unit A
HR = who(D, anonymous=L, api=L, hr_a=A, hr_b=A, admin=A)
HR_OF_UNIT_A = who(D, anonymous=L, api=L, hr_a=A, admin=A)  # an object of unit A: hr_b gets 404
UPLOADER_A = who(D, anonymous=L, api=L, hr_a=A)  # hr_a's own export or import: not even admins open it
OFFICIAL = who(A, anonymous=L, api=L, admin=D)  # needs an Official record; the admin account has none
OWNER_LEARNER = who(D, anonymous=L, api=L, learner=A)  # the learner's own quiz attempt
OWNER_CERTIFIED = who(D, anonymous=L, api=L, certified=A)  # the certified official's own attempt
CMS = who(L, trainer=A, admin=A)  # Wagtail admin: access_admin and MFA; others sent to sign in
CMS_ADMIN_ONLY = who(L, trainer=D, admin=A)  # Wagtail admin areas trainers are refused
UPLOADER_TRAINER = who(L, trainer=A, admin=D)  # the trainer's own pending upload
CMS_NOTHING = who(L, trainer=D, admin=D)  # reached the admin; nothing there (404 or Wagtail's refusal)
SUPERUSER = who(L, admin=A)  # Django admin: non-staff sent to its sign-in door
SUPERUSER_REFUSED = who(L, admin=D)  # Django admin views refused even to the superuser (read-only models)
API_CLIENT = who(Outcome.API_DENY, api=A)  # sessions are no credential: 401 not_authenticated
API_UNKNOWN = who(Outcome.API_DENY, api=Outcome.API_NOT_FOUND)


@dataclass(frozen=True)
class Case:
    """One concrete path of a rule, with its own outcome per persona."""

    path: str
    expect: Mapping[str, Outcome]
    why: str


@dataclass(frozen=True)
class Rule:
    route: str
    expect: Mapping[str, Outcome]
    why: str
    method: str = "GET"
    urls: tuple[str | Case, ...] = field(default=())

    @property
    def is_group(self) -> bool:
        return self.route.endswith("*")


def rule(route: str, expect: Mapping[str, Outcome], why: str, *, method: str = "GET", urls=()) -> Rule:
    return Rule(route, expect, why, method, tuple([urls] if isinstance(urls, str | Case) else urls))


# fmt: off
RULES: list[Rule] = [
    # --- The site -------------------------------------------------------------------------
    rule("", PUBLIC, "home page"),
    rule("healthz", PUBLIC, "health check for the load balancer; says ok or unavailable, nothing else"),
    rule("learn/", SIGNED_IN, "my learning"),
    rule("certificates/", SIGNED_IN, "my certificates (an empty list for accounts without an official)"),
    rule("certificates/<int:pk>/pdf/", HOLDER_OR_HR_A, "PDF of unit A's certificate: holder, HR covering the "
         "holder, admins; 404 for anyone else", urls="/certificates/{certificate_a}/pdf/"),
    rule("transparency/", PUBLIC, "public transparency board: unit figures, no personal data"),
    rule("verify/", PUBLIC, "public verification form"),
    rule("verify/<path:code>/", PUBLIC, "public verification of a code printed on a certificate",
         urls=("/verify/{code_a}/", Case("/verify/not-a-code/", NOBODY, "unknown codes answer 404"))),
    rule("i18n/setlang/", PUBLIC, "language switch"),
    rule("documents/^(\\d+)/(.*)$", PUBLIC, "documents of the public lessons (root collection)",
         urls="/documents/{document_id}/{document_file}"),
    rule("documents/authenticate_with_password/<int:restriction_id>/", PUBLIC,
         "password form of a password-protected collection", urls="/documents/authenticate_with_password/"
         "{collection_restriction}/"),
    rule("_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/", PUBLIC,
         "password form of a password-protected page",
         urls="/_util/authenticate_with_password/{page_restriction}/{private_page}/"),
    rule("_util/login/", SIGN_IN_DOOR, "Wagtail's front-end sign-in (and the Django view it shadows) redirects "
         "to allauth"),
    rule("admin/login/", SIGN_IN_DOOR, "Wagtail's sign-in (and the view it shadows) redirects to allauth"),
    rule("django-admin/login/", SIGN_IN_DOOR, "the Django admin's sign-in (and the view it shadows) redirects to "
         "allauth"),
    rule("django-admin/password_change/", PUBLIC, "redirects to allauth's password change, which asks to sign in"),
    # Wagtail's page serving: the catalog, courses and lessons are public; drafts are not served.
    rule("^((?:[\\w\\-]+/)*)$", PUBLIC, "Wagtail page serving", urls=(
        "{catalog_url}", "{course_url}", "{lesson_url}", "{quiz_url}",
        Case("{private_url}", PUBLIC, "a password-protected page shows its password form"),
        Case("{draft_url}", NOBODY, "a page never published answers 404"),
        Case("/no-such-page/", NOBODY, "an unknown path answers 404"),
    )),
    rule("page:courses.lessonpage/", PUBLIC, "a lesson", urls="{lesson_url}"),
    rule("page:courses.lessonpage/finish/", OFFICIAL, "finish a lesson: the official's own progress",
         method="POST", urls="{lesson_url}finish/"),
    rule("page:courses.lessonpage/practice/<int:index>/", PUBLIC, "ungraded practice question, nothing recorded",
         method="POST", urls="{practice_url}practice/0/"),
    rule("page:quizzes.quizpage/", PUBLIC, "a final quiz's introduction (no questions shown)", urls="{quiz_url}"),
    rule("page:quizzes.quizpage/start/", OFFICIAL, "start an attempt: refused without attestation and step-up",
         method="POST", urls="{quiz_url}start/"),
    rule("page:quizzes.quizpage/attempt/<int:attempt_id>/", OWNER_LEARNER, "unit A learner's attempt in progress: "
         "the owner only", urls="{quiz_url}attempt/{open_attempt_a}/"),
    rule("page:quizzes.quizpage/attempt/<int:attempt_id>/submit/", OWNER_LEARNER, "submit the attempt: the owner "
         "only", method="POST", urls="{quiz_url}attempt/{open_attempt_a}/submit/"),
    rule("page:quizzes.quizpage/attempt/<int:attempt_id>/result/", OWNER_CERTIFIED, "the certified official's "
         "passed attempt: the owner only", urls="{quiz_url}attempt/{attempt_a}/result/"),
    # --- Accounts (allauth) ----------------------------------------------------------------
    rule("accounts/email/", SIGNED_IN, "account facts (replaces allauth's email management, which it shadows)"),
    rule("accounts/login/", PUBLIC, "sign-in form; signed-in visitors are sent home"),
    rule("accounts/logout/", PUBLIC, "sign-out confirmation; anonymous visitors are sent home"),
    rule("accounts/inactive/", PUBLIC, "account-inactive notice"),
    rule("accounts/signup/", PUBLIC, "sign-up is closed: the page says so"),
    rule("accounts/reauthenticate/", SIGNED_IN, "re-enter the password (step-up)"),
    rule("accounts/confirm-email/", PUBLIC, "verification-sent notice"),
    rule("accounts/^confirm-email/(?P<key>[-:\\w]+)/$", PUBLIC, "an invalid confirmation key shows an error page",
         urls="/accounts/confirm-email/no-such-key/"),
    rule("accounts/password/change/", SIGNED_IN, "change password"),
    rule("accounts/password/set/", SIGNED_IN, "set password (redirects to change when one is set)"),
    rule("accounts/password/reset/", PUBLIC, "request a reset; never says whether an address has an account"),
    rule("accounts/password/reset/done/", PUBLIC, "reset requested notice"),
    rule("accounts/^password/reset/key/(?P<uidb36>[0-9A-Za-z]+)-(?P<key>.+)/$", PUBLIC,
         "an invalid reset link shows an error page", urls="/accounts/password/reset/key/1-set-password/"),
    rule("accounts/password/reset/key/done/", PUBLIC, "password reset notice"),
    rule("accounts/login/code/confirm/", SIGN_IN_STAGE, "no sign-in code is pending: back to sign in, or home"),
    rule("accounts/2fa/", SIGNED_IN, "two-factor overview"),
    rule("accounts/2fa/authenticate/", SIGN_IN_STAGE, "no sign-in is pending: back to sign in, or home"),
    rule("accounts/2fa/reauthenticate/", SIGNED_IN, "re-enter the TOTP code (without TOTP: the password step)"),
    rule("accounts/2fa/totp/activate/", SIGNED_IN, "enrol TOTP (asks to re-authenticate first)"),
    rule("accounts/2fa/totp/deactivate/", SIGNED_IN_WITH_TOTP, "remove TOTP (asks to re-authenticate first)"),
    rule("accounts/2fa/recovery-codes/", SIGNED_IN_NOTHING, "no persona has recovery codes: 404"),
    rule("accounts/2fa/recovery-codes/generate/", SIGNED_IN, "asks to re-authenticate first"),
    rule("accounts/2fa/recovery-codes/download/", SIGNED_IN_NOTHING, "no persona has recovery codes: 404"),
    rule("accounts/3rdparty/login/cancelled/", PUBLIC, "identity provider sign-in cancelled notice"),
    rule("accounts/3rdparty/login/error/", NOBODY, "identity provider error page, always 401"),
    rule("accounts/3rdparty/signup/", who(Outcome.RESTART), "no identity-provider sign-in in progress: back to "
         "sign in"),
    rule("accounts/3rdparty/", SIGNED_IN, "connected identity providers"),
    rule("accounts/social/*", PUBLIC, "allauth's old addresses redirect to accounts/3rdparty/"),
    rule("accounts/oidc/^(?P<provider_id>[^/]+)/login/", NOBODY, "OpenID Connect sign-in: no provider is "
         "configured in tests, so 404", urls="/accounts/oidc/gov-id/login/"),
    rule("accounts/oidc/^(?P<provider_id>[^/]+)/login/callback/", NOBODY, "OpenID Connect callback: no provider "
         "is configured in tests, so 404", urls="/accounts/oidc/gov-id/login/callback/"),
    rule("accounts/sessions/", SIGNED_IN, "my sessions"),
    # --- HR ---------------------------------------------------------------------------------
    rule("hr/", HR, "dashboard of the officer's units"),
    rule("hr/units/<code:code>/", HR_OF_UNIT_A, "unit A's officials", urls="/hr/units/{unit_a}/"),
    rule("hr/officials/<code:code>/", HR_OF_UNIT_A, "an official of unit A", urls="/hr/officials/{official_a}/"),
    rule("hr/mandates/", HR, "mandates of the officer's units"),
    rule("hr/mandates/<int:pk>/cancel/", HR_OF_UNIT_A, "cancel unit A's mandate", method="POST",
         urls="/hr/mandates/{mandate_a}/cancel/"),
    rule("hr/export/<str:table>.<str:file_format>", HR, "export of the officer's own scope", urls=(
        "/hr/export/officials.csv",
        Case("/hr/export/officials.csv?unit={unit_a}", HR_OF_UNIT_A, "unit A's officials: hr_b gets 404"),
    )),
    rule("hr/exports/<int:pk>/", UPLOADER_A, "hr_a's background export", urls="/hr/exports/{export_a}/"),
    rule("hr/exports/<int:pk>/download/", UPLOADER_A, "hr_a's export file",
         urls="/hr/exports/{export_a}/download/"),
    rule("hr/flags/", HR, "integrity flags of the officer's units"),
    rule("hr/flags/<int:pk>/clear/", HR_OF_UNIT_A, "clear unit A's flag", method="POST",
         urls="/hr/flags/{flag_a}/clear/"),
    rule("hr/flags/<int:pk>/revoke/", HR_OF_UNIT_A, "revoke the certificates behind unit A's flag", method="POST",
         urls="/hr/flags/{flag_a}/revoke/"),
    rule("hr/import/", HR, "import officials"),
    rule("hr/import/<int:import_id>/", UPLOADER_A, "hr_a's import report", urls="/hr/import/{import_a}/"),
    rule("hr/import/<int:import_id>/status/", UPLOADER_A, "hr_a's import progress",
         urls="/hr/import/{import_a}/status/"),
    rule("hr/certificates/", HR, "certificates of the officer's units"),
    rule("hr/certificates/<int:pk>/", HR_OF_UNIT_A, "unit A's certificate", urls="/hr/certificates/{certificate_a}/"),
    rule("hr/certificates/<int:pk>/revoke/", HR_OF_UNIT_A, "revoke unit A's certificate", method="POST",
         urls="/hr/certificates/{certificate_a}/revoke/"),
    rule("hr/roles/", HR, "role assignments of the officer's units"),
    rule("hr/roles/assign/", HR, "assign a role", urls=(
        "/hr/roles/assign/",
        Case("/hr/roles/assign/?official={holder_a}", HR_OF_UNIT_A, "assign form for unit A's official"),
    )),
    rule("hr/roles/officials/<code:code>/", HR_OF_UNIT_A, "roles of unit A's official",
         urls="/hr/roles/officials/{holder_a}/"),
    rule("hr/roles/assignments/<int:pk>/reactivate/", HR_OF_UNIT_A, "reactivate unit A's suspended assignment",
         method="POST", urls="/hr/roles/assignments/{suspended_a}/reactivate/"),
    rule("hr/roles/assignments/<int:pk>/end/", HR_OF_UNIT_A, "end unit A's assignment", method="POST",
         urls="/hr/roles/assignments/{assignment_a}/end/"),
    # --- API ---------------------------------------------------------------------------------
    rule("api/v1/schema/", PUBLIC, "OpenAPI schema (documentation, no data)"),
    rule("api/v1/docs/", PUBLIC, "readable API documentation"),
    rule("api/v1/officials/<path:employee_code>/certifications", API_CLIENT, "unit A's holder, client of D1",
         urls="/api/v1/officials/{holder_a}/certifications"),
    rule("api/v1/officials/<path:employee_code>/eligibility", API_CLIENT, "unit A's holder, client of D1",
         urls="/api/v1/officials/{holder_a}/eligibility?role={role}"),
    rule("api/v1/units/<path:unit_code>/stats", API_CLIENT, "unit A, client of D1",
         urls="/api/v1/units/{unit_a}/stats"),
    rule("api/v1/certificates/<path:verification_code>", API_CLIENT, "what the public verification page says",
         urls="/api/v1/certificates/{code_a}"),
    rule("api/v1/^(?P<rest>[\\s\\S]*)$", API_UNKNOWN, "unknown API paths: 401 before authentication, then not_found",
         urls="/api/v1/no-such-endpoint"),
    # --- Wagtail admin -------------------------------------------------------------------------
    rule("admin/*", CMS, "Wagtail admin: CMS staff (access_admin) with MFA; everyone else is sent to sign in "
         "with an error. Trainers edit pages under the catalog, media and their account."),
    rule("admin/sprite/", PUBLIC, "icon sprite, a static asset outside the admin's check"),
    rule("admin/jsi18n/", PUBLIC, "the admin's JavaScript translations, a static asset"),
    rule("admin/password_reset/*", who(D), "Wagtail's own password reset is switched off: 404 (allauth resets)"),
    rule("admin/^.*/$", CMS_NOTHING, "the admin's catch-all: 404 inside the admin",
         urls="/admin/no-such-page/"),
    rule("admin/users/*", CMS_ADMIN_ONLY, "user management: admins only"),
    rule("admin/groups/*", CMS_ADMIN_ONLY, "group management: admins only"),
    rule("admin/sites/*", CMS_ADMIN_ONLY, "sites: admins only"),
    rule("admin/locales/*", CMS_ADMIN_ONLY, "locales: admins only"),
    rule("admin/collections/*", CMS_ADMIN_ONLY, "collection management: admins only"),
    rule("admin/workflows/*", CMS_ADMIN_ONLY, "workflow and task management: admins only"),
    rule("admin/reports/locked/*", CMS_ADMIN_ONLY, "locked pages report: admins only"),
    rule("admin/snippets/*", CMS_ADMIN_ONLY, "programs and reform roles are managed by admins"),
    rule("admin/snippets/", CMS_NOTHING, "the snippet index lists none: both snippets have their own menu item"),
    rule("admin/snippets/choose/*", CMS, "snippet choosers show program and role names (public facts) to editors"),
    rule("admin/snippets/choose/certification/certificationprogram/create/", CMS_ADMIN_ONLY, "creating a program "
         "from a chooser: admins only"),
    rule("admin/snippets/choose/certification/reformrole/create/", CMS_ADMIN_ONLY, "creating a role from a "
         "chooser: admins only"),
    rule("admin/workflows/task_chooser/*", CMS, "Wagtail's task chooser lists task names to editors; creating a "
         "task needs the add-task permission"),
    rule("admin/workflows/enable/<int:pk>/", CMS_ADMIN_ONLY, "enable a workflow", method="POST"),
    rule("admin/workflows/tasks/enable/<int:pk>/", CMS_ADMIN_ONLY, "enable a task", method="POST"),
    rule("admin/workflows/remove/<int:page_pk>/", CMS_ADMIN_ONLY, "remove the catalog's workflow", method="POST"),
    rule("admin/workflows/remove/<int:page_pk>/<int:workflow_pk>/", CMS_ADMIN_ONLY, "remove the catalog's workflow",
         method="POST"),
    rule("admin/failwhale/", who(D), "Wagtail's error-test page is switched off"),
    rule("admin/logout/", who(L, trainer=Outcome.RESTART, admin=Outcome.RESTART), "sign out (POST): staff are "
         "signed out and sent back to sign in", method="POST"),
    rule("admin/block-preview/", CMS_NOTHING, "needs a block definition: 404 without"),
    rule("admin/images/<int:image_id>/generate_url/", CMS_NOTHING, "dynamic image serving is not enabled"),
    rule("admin/images/<int:image_id>/generate_url/output/", CMS_NOTHING, "dynamic image serving is not enabled"),
    rule("admin/locales/new/", CMS_NOTHING, "every configured language has its locale: nothing to add"),
    rule("admin/pages/<int:page_id>/convert_alias/", CMS_NOTHING, "the course is not an alias"),
    rule("admin/translation/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/", CMS_NOTHING,
         "programs are not translatable snippets"),
    rule("admin/translation/submit/page/<int:page_id>/", CMS_ADMIN_ONLY, "translating pages: admins only"),
    rule("admin/pages/<int:page_id>/edit/", CMS, "edit a course under the catalog", urls=(
        "/admin/pages/{course_page}/edit/",
        Case("/admin/pages/{home_page}/edit/", CMS_ADMIN_ONLY, "the home page is outside the catalog"),
    )),
    # Page actions a trainer may not take: trainers add and change pages; lead trainers publish (workflow).
    rule("admin/pages/<int:page_id>/delete/", CMS_ADMIN_ONLY, "trainers cannot delete pages"),
    rule("admin/pages/<int:page_id>/unpublish/", CMS_ADMIN_ONLY, "trainers cannot unpublish"),
    rule("admin/pages/<int:page_id>/privacy/", CMS_ADMIN_ONLY, "trainers cannot restrict pages"),
    rule("admin/pages/<int:page_to_move_id>/move/", CMS_ADMIN_ONLY, "trainers cannot move pages"),
    rule("admin/pages/<int:page_id>/lock/", CMS_ADMIN_ONLY, "trainers cannot lock pages", method="POST"),
    rule("admin/pages/<int:page_id>/unlock/", CMS_ADMIN_ONLY, "trainers cannot unlock pages", method="POST"),
    rule("admin/pages/<int:page_to_move_id>/set_position/", CMS_ADMIN_ONLY, "reordering is moving: trainers "
         "cannot (POST)", method="POST"),
    rule("admin/pages/<int:page_id>/revisions/<int:revision_id>/unschedule/", CMS_ADMIN_ONLY, "scheduling is "
         "publishing: trainers cannot"),
    rule("admin/pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/", CMS_ADMIN_ONLY,
         "approving the page in review: the lead trainers' task (and admins)"),
    rule("admin/pages/workflow/collect_action_data/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
         CMS_ADMIN_ONLY, "approving the page in review: the lead trainers' task (and admins)"),
    rule("admin/pages/workflow/preview/<int:page_id>/<int:task_id>/", CMS_ADMIN_ONLY, "previewing for the review "
         "task: its reviewers (and admins)"),
    rule("admin/editing-sessions/ping/<str:app_label>/<str:model_name>/<str:object_id>/<int:session_id>/", CMS,
         "the editor's presence ping (POST)", method="POST"),
    rule("admin/editing-sessions/release/<int:session_id>/", CMS, "release an editing session (POST)",
         method="POST"),
    rule("admin/documents/multiple/*", CMS, "multiple upload steps (POST)", method="POST"),
    rule("admin/documents/multiple/create_from_uploaded_document/<int:uploaded_file_id>/", CMS_NOTHING,
         "the pending upload was made for images: 404 here (POST)", method="POST"),
    rule("admin/documents/multiple/delete_upload/<int:uploaded_file_id>/", CMS_NOTHING,
         "the pending upload was made for images: 404 here (POST)", method="POST"),
    rule("admin/documents/multiple/add/", CMS, "multiple upload form"),
    rule("admin/images/multiple/*", CMS, "multiple upload steps (POST)", method="POST"),
    rule("admin/images/multiple/create_from_uploaded_image/<int:uploaded_file_id>/", UPLOADER_TRAINER,
         "the trainer's pending upload: only its uploader may finish it (POST)", method="POST"),
    rule("admin/images/multiple/delete_upload/<int:uploaded_file_id>/", UPLOADER_TRAINER,
         "the trainer's pending upload: only its uploader may delete it (POST)", method="POST"),
    rule("admin/images/multiple/add/", CMS, "multiple upload form"),
    rule("admin/api/main/^pages/find/", CMS, "find a page by path", urls="/admin/api/main/pages/find/?html_path="
         "{course_url}"),
    rule("admin/api/main/^documents/find/", CMS, "find a document by id",
         urls="/admin/api/main/documents/find/?id={document_id}"),
    rule("admin/api/main/^images/find/", CMS, "find an image by id", urls="/admin/api/main/images/find/?id={image_id}"),
    rule("admin/api/main/^pages/<int:pk>/action/<str:action_name>/", CMS_ADMIN_ONLY, "copying the course through "
         "the admin API (POST): trainers may not copy a live course", method="POST",
         urls="/admin/api/main/pages/{course_page}/action/copy/"),
    rule("admin/bulk/<str:app_label>/<str:model_name>/<str:action>/", CMS, "bulk delete confirmation of the "
         "course; for a trainer it lists the course among those they may not delete",
         urls="/admin/bulk/wagtailcore/page/delete/?id={course_page}"),
    rule("admin/quizzes/<int:page_id>/analysis/", CMS, "item analysis of the final quiz, for whoever may edit it",
         urls="/admin/quizzes/{quiz_page}/analysis/"),
    rule("admin/settings/*", CMS_NOTHING, "no settings model is registered: 404 inside the admin"),
    rule("admin/pages/^(?P<pk>\\d+)/revisions/compare/(?P<revision_id_a>live|earliest|\\d+)\\.\\.\\.(?P<revision_id_b>"
         "live|latest|\\d+)/$", CMS, "compare revisions of a course",
         urls="/admin/pages/{course_page}/revisions/compare/earliest...live/"),
    # --- Django admin ---------------------------------------------------------------------------
    rule("django-admin/*", SUPERUSER, "Django admin: superusers with MFA; others are sent to its sign-in door"),
    rule("django-admin/people/unit/jsi18n/", PUBLIC, "treebeard's JavaScript translations, a static asset"),
    rule("django-admin/^(?P<app_label>auth|accounts|people|audit|outbox|certification|wagtaildocs|wagtailimages|"
         "taggit|account|mfa|socialaccount|usersessions|sites|django_celery_beat)/$", SUPERUSER, "an app's index",
         urls="/django-admin/people/"),
    rule("django-admin/(?P<url>.*)$", SUPERUSER_REFUSED, "the admin's catch-all: 404 inside the admin",
         urls="/django-admin/no-such-page/"),
    rule("django-admin/r/<path:content_type_id>/<path:object_id>/", SUPERUSER_REFUSED, "'view on site': pages "
         "have no get_absolute_url, so 404", urls="/django-admin/r/{page_content_type}/{private_page}/"),
    rule("django-admin/logout/", who(Outcome.ALLOW), "sign out (POST); the admin's page says so, or sends "
         "visitors to the admin", method="POST"),
    rule("django-admin/people/unit/move/", SUPERUSER, "treebeard's drag-and-drop move (POST; an empty one is "
         "refused as invalid)", method="POST"),
    rule("django-admin/autocomplete/", SUPERUSER_REFUSED, "autocomplete needs a model and field: 403 without"),
    rule("django-admin/audit/auditevent/add/", SUPERUSER_REFUSED, "the audit log is append-only"),
    rule("django-admin/audit/auditevent/<path:object_id>/delete/", SUPERUSER_REFUSED, "the audit log is "
         "append-only"),
    rule("django-admin/outbox/outboxmessage/add/", SUPERUSER_REFUSED, "outbox rows come from the changes that "
         "cause them"),
    rule("django-admin/certification/certificate/add/", SUPERUSER_REFUSED, "certificates are issued, never typed "
         "in"),
    rule("django-admin/certification/certificate/<path:object_id>/delete/", SUPERUSER_REFUSED, "certificates are "
         "revoked, never deleted"),
    rule("django-admin/certification/roleassignment/<path:object_id>/delete/", SUPERUSER_REFUSED, "assignments "
         "are ended, never deleted"),
    rule("django-admin/certification/apiclient/<path:object_id>/delete/", SUPERUSER_REFUSED, "API clients are "
         "revoked (audited), never deleted"),
]
# fmt: on


def _specificity(rule: Rule) -> tuple[int, int]:
    return (0, len(rule.route)) if rule.is_group else (1, len(rule.route))


_EXACT = {rule.route: rule for rule in RULES if not rule.is_group}
_GROUPS = sorted((rule for rule in RULES if rule.is_group), key=_specificity, reverse=True)


def rule_for(route: str) -> Rule | None:
    """The exact rule for ``route``, else the rule of the longest matching prefix group."""
    if route in _EXACT:
        return _EXACT[route]
    return next((rule for rule in _GROUPS if route.startswith(rule.route[:-1])), None)
