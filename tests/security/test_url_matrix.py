"""Every URL the project serves answers every persona as the access table declares.

The routes are collected from Django's resolver (every include: the site, allauth, the HR pages,
the API, Wagtail's admin, the Django admin, Wagtail's page serving) plus the sub-routes of
Wagtail's routable pages (lesson and quiz pages), which the page-serving catch-all hands to the
page. A route no rule of ``access_table.RULES`` matches fails the suite by name.

Each route is requested, by each of the eight personas, at the concrete paths its rule lists or,
for routes of a prefix group, at the route itself with its converters filled from the world's
objects (see ``Samples.argument``). Every request runs inside a savepoint that is rolled back
and the client's cookies are put back afterwards, so an empty POST that succeeds (an allowed
mandate cancellation, a sign-out) changes nothing for the requests after it.
"""

from __future__ import annotations

import copy
import json
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import pytest
from django.apps import apps
from django.contrib import messages
from django.contrib.auth.models import Group
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Locale, Site, Task, Workflow, get_page_models

from .access_table import LOGIN_DOORS, PAGE_ROUTE_PREFIX, RULES, Case, Outcome, Rule, rule_for
from .conftest import PERSONA_NAMES, SecurityWorld

REDIRECTS = {301, 302, 303, 307, 308}
CONVERTER = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")
REGEX_SYNTAX = re.compile(r"[()\[\]\\*+?|{}]")


@dataclass(frozen=True)
class Route:
    route: str  # as the resolver spells it, prefixes of the includes joined
    name: str  # the URL name with its namespaces, or ""
    view: str  # module.name of the view


def _view_name(callback: Any) -> str:
    target = getattr(callback, "view_class", None) or getattr(callback, "cls", None) or callback
    return f"{getattr(target, '__module__', '?')}.{getattr(target, '__qualname__', repr(target))}"


def _walk(resolver: URLResolver, prefix: str = "", namespace: str = ""):
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}:{entry.namespace}" if namespace and entry.namespace else entry.namespace or namespace
            yield from _walk(entry, prefix + str(entry.pattern), inner or "")
        elif isinstance(entry, URLPattern):
            name = f"{namespace}:{entry.name}" if namespace and entry.name else entry.name or ""
            yield Route(prefix + str(entry.pattern), name, _view_name(entry.callback))


def collect_routes() -> list[Route]:
    """Every route of the resolver, then the sub-routes of routable page types."""
    routes = list(_walk(get_resolver()))
    for model in get_page_models():
        if issubclass(model, RoutablePageMixin):
            for pattern in model.get_subpage_urls():
                route = f"{PAGE_ROUTE_PREFIX}{model._meta.label_lower}/{pattern.pattern}"
                routes.append(Route(route, pattern.name or "", f"{model.__module__}.{model.__name__}"))
    return routes


# --- Concrete arguments -------------------------------------------------------------------


class Samples:
    """Values for the placeholders of the table's paths and for the converters of group routes."""

    def __init__(self, world: SecurityWorld) -> None:
        personas = world.personas
        course = personas.course
        lesson = course.get_children().live().first()
        catalog = course.get_parent()
        workflow_state = world.task_state.workflow_state
        self.values: dict[str, Any] = {
            "certificate_a": world.a.certificate.pk,
            "code_a": world.a.certificate.verification_code,
            "holder_a": world.a.holder.employee_code,
            "official_a": world.a.official.employee_code,
            "unit_a": world.tree.d1.code,
            "assignment_a": world.a.assignment.pk,
            "suspended_a": world.a.suspended.pk,
            "mandate_a": world.a.mandate.pk,
            "export_a": world.a.export.pk,
            "import_a": world.a.official_import.pk,
            "flag_a": world.a.flag.pk,
            "role": world.roles[1].code,
            "course_page": course.pk,
            "home_page": Site.objects.get(is_default_site=True).root_page_id,
            "quiz_page": personas.quiz.pk,
            "image_id": world.image.pk,
            "catalog_url": catalog.url,
            "course_url": course.url,
            "lesson_url": lesson.url,
            "practice_url": world.practice_lesson.url,
            "quiz_url": personas.quiz.url,
            "draft_url": world.draft_page.url or f"{catalog.url}{world.draft_page.slug}/",
            "private_url": world.private_page.url,
            "open_attempt_a": world.a.open_attempt.pk,
            "attempt_a": world.a.attempt.pk,
            "document_id": world.document.pk,
            "document_file": world.document.filename,
            "collection_restriction": world.collection_restriction.pk,
            "page_restriction": world.page_restriction.pk,
            "private_page": world.private_page.pk,
            "page_content_type": world.private_page.content_type_id,
        }
        self._by_name: dict[str, Any] = {
            "page_id": course.pk,
            "parent_page_id": catalog.pk,
            "page_to_move_id": course.pk,
            "destination_id": catalog.pk,
            "page_pk": catalog.pk,
            "revision_id": course.latest_revision_id,
            "task_state_id": world.task_state.pk,
            "workflow_state_id": workflow_state.pk,
            "task_id": world.task_state.task_id,
            "workflow_pk": workflow_state.workflow_id,
            "image_id": world.image.pk,
            "document_id": world.document.pk,
            "doc_id": world.document.pk,
            "uploaded_file_id": world.uploaded_file.pk,
            "collection_id": world.collection_restriction.collection_id,
            "session_id": world.editing_session.pk,
            "filter_spec": "fill-10x10",
            "content_type_app_name": "courses",
            "content_type_model_name": "coursepage",
            "action_name": "approve",
            "uidb64": "MQ",
            "token": "set-password",
        }
        self._draft_page = world.draft_page.pk
        self._pk_by_area = {
            "admin/api/main/^pages/": course.pk,
            "admin/api/main/^documents/": world.document.pk,
            "admin/api/main/^images/": world.image.pk,
            "admin/documents/": world.document.pk,
            "admin/images/": world.image.pk,
            "admin/collections/": world.collection_restriction.collection_id,
            "admin/settings/": 1,
            "admin/locales/": Locale.objects.get(language_code="en").pk,
            "admin/sites/": Site.objects.get(is_default_site=True).pk,
            "admin/users/": world.personas["learner"].user.pk,
            "admin/groups/": Group.objects.get(name="Trainers").pk,
            "admin/workflows/tasks/": Task.objects.order_by("pk").first().pk,
            "admin/workflows/": Workflow.objects.order_by("pk").first().pk,
            "admin/snippets/certification/certificationprogram/": personas.program.pk,
            "admin/snippets/choose/certification/certificationprogram/": personas.program.pk,
            "admin/snippets/certification/reformrole/": world.roles[0].pk,
            "admin/snippets/choose/certification/reformrole/": world.roles[0].pk,
        }

    def argument(self, route: str, name: str) -> Any:
        """The value for converter ``name`` in the group route ``route``."""
        if route.startswith("django-admin/"):
            return self._django_admin_argument(route, name)
        if name == "page_id" and "workflow" in route:
            return self._draft_page  # the page in review
        if name in ("app_label", "app_name", "model_name"):
            return self._app_and_model(route)[0 if name != "model_name" else 1]
        if name in ("pk", "object_id"):
            if "/translation/submit/snippet/" in route:
                return self._pk_by_area["admin/snippets/certification/certificationprogram/"]
            if "/editing-sessions/" in route:
                return self._by_name["page_id"]
            area = max((area for area in self._pk_by_area if route.startswith(area)), key=len, default=None)
            if area is None:
                raise LookupError(f"no sample for <{name}> in {route}")
            return self._pk_by_area[area]
        if name == "action":
            return "delete"
        if name in self._by_name:
            return self._by_name[name]
        raise LookupError(f"no sample for <{name}> in {route}")

    @staticmethod
    def _app_and_model(route: str) -> tuple[str, str]:
        if "/tag-autocomplete/" in route:
            return "taggit", "tag"
        if "/workflows/tasks/add/" in route:
            return "wagtailcore", "groupapprovaltask"
        if "/translation/submit/snippet/" in route:
            return "certification", "certificationprogram"
        if "/settings/" in route:
            return "wagtailcore", "site"  # no settings model is registered: an unknown setting
        return "wagtailcore", "page"

    @staticmethod
    def _django_admin_argument(route: str, name: str) -> Any:
        app_label, model_name = route.split("/")[1:3]
        model = apps.get_model(app_label, model_name)
        first = model._default_manager.order_by("pk").first()
        if first is None:
            raise LookupError(f"the world has no {model._meta.label} for {route}")
        return first.pk

    def cases(self, rule: Rule, route: str) -> list[tuple[str, Mapping[str, Outcome]]]:
        """(path, expected outcome per persona) for each request of the route."""
        if rule.urls:
            return [
                (case.path.format_map(self.values), case.expect)
                if isinstance(case, Case)
                else (case.format_map(self.values), rule.expect)
                for case in rule.urls
            ]
        if route.startswith(PAGE_ROUTE_PREFIX):
            raise LookupError(f"the rule for the page route {route} must list its paths")
        concrete = route.replace("^", "").replace("$", "")
        concrete = CONVERTER.sub(lambda match: str(self.argument(route, match["name"])), concrete)
        if REGEX_SYNTAX.search(concrete):
            raise LookupError(f"the rule for the regular-expression route {route} must list its paths")
        return [("/" + concrete, rule.expect)]


def django_admin_rows(world: SecurityWorld) -> None:
    """One row of each model the Django admin lists that the world has none of, for its object pages."""
    from allauth.account.models import EmailAddress
    from allauth.socialaccount.models import SocialAccount, SocialApp, SocialToken
    from allauth.usersessions.models import UserSession
    from django_celery_beat.models import (
        ClockedSchedule,
        CrontabSchedule,
        IntervalSchedule,
        PeriodicTask,
        SolarSchedule,
    )
    from taggit.models import Tag

    learner = world.personas["learner"].user
    if not EmailAddress.objects.exists():
        EmailAddress.objects.create(user=learner, email=learner.email, verified=True, primary=True)
    Tag.objects.get_or_create(name="chu-ky-so")
    app = SocialApp.objects.create(provider="openid_connect", provider_id="gov-id", name="Gov ID", client_id="lms")
    account = SocialAccount.objects.create(user=learner, provider="gov-id", uid="gov-1")
    SocialToken.objects.create(app=app, account=account, token="token")
    UserSession.objects.create(user=learner, ip="127.0.0.1", session_key="security-session", user_agent="test")
    interval = IntervalSchedule.objects.create(every=10, period=IntervalSchedule.MINUTES)
    CrontabSchedule.objects.create(minute="0", hour="6")
    SolarSchedule.objects.create(event="sunrise", latitude="10.77", longitude="106.70")
    ClockedSchedule.objects.create(clocked_time=timezone.now())
    PeriodicTask.objects.create(name="security-sample", task="lms.sample", interval=interval)


# --- Requests and outcomes ----------------------------------------------------------------


@dataclass
class Answer:
    status: int
    location: str = ""
    outcome: Outcome | None = None
    problem: str = ""

    def describe(self) -> str:
        where = f" -> {self.location}" if self.location else ""
        return f"{self.status}{where}" + (f" ({self.problem})" if self.problem else "")


def _api_error(response) -> dict | None:
    if not response.get("Content-Type", "").startswith("application/json"):
        return None
    try:
        body = json.loads(response.content)
    except ValueError:
        return None
    error = body.get("error") if isinstance(body, dict) else None
    return error if isinstance(error, dict) and {"code", "message"} <= set(error) else None


def _wagtail_refusal(response) -> bool:
    """Wagtail refuses a signed-in editor by a redirect to the admin home with an error message."""
    if urlsplit(response["Location"]).path != "/admin/":
        return False
    return any(message.level == messages.ERROR for message in messages.get_messages(response.wsgi_request))


def classify(response, method: str) -> Answer:
    status = response.status_code
    if status in REDIRECTS:
        location = response["Location"]
        answer = Answer(status, location)
        if urlsplit(location).path in LOGIN_DOORS:
            answer.outcome = Outcome.LOGIN if "next=" in location else Outcome.RESTART
        else:
            answer.outcome = Outcome.DENY if _wagtail_refusal(response) else Outcome.ALLOW
        return answer
    answer = Answer(status)
    error = _api_error(response)
    if status >= 500:
        answer.problem = "server error"
    elif error is not None and status in (401, 403):
        answer.outcome = Outcome.API_DENY
    elif error is not None and status == 404:
        answer.outcome = Outcome.API_NOT_FOUND
    elif status in (401, 403, 404):
        answer.outcome = Outcome.DENY
    elif 200 <= status < 300 or (status == 400 and method == "POST"):
        answer.outcome = Outcome.ALLOW
    else:
        answer.problem = "unexpected status"
    if error is not None and answer.outcome is None:
        answer.problem += f" {error['code']}"
    return answer


def request(client, method: str, path: str) -> Answer:
    """One request whose database writes are rolled back; the client's cookies are put back."""
    cookies = copy.deepcopy(client.cookies)
    try:
        with transaction.atomic():
            try:
                response = client.post(path, {}) if method == "POST" else client.get(path)
            except Exception as error:  # reported as a failure of the matrix
                return Answer(500, problem=f"{type(error).__name__}: {error}"[:300])
            finally:
                transaction.set_rollback(True)
        return classify(response, method)
    finally:
        client.cookies = cookies


# --- Tests --------------------------------------------------------------------------------


def test_every_route_matches_a_rule_of_the_access_table():
    routes = collect_routes()
    unmatched = [f"{route.route}  ({route.name or route.view})" for route in routes if rule_for(route.route) is None]
    assert not unmatched, "Routes with no rule in tests/security/access_table.py:\n" + "\n".join(unmatched)
    used = {id(rule_for(route.route)) for route in routes}
    stale = [rule.route for rule in RULES if id(rule) not in used]
    assert not stale, "Rules that match no route (remove or correct them):\n" + "\n".join(stale)
    duplicates = [route for route, count in Counter(rule.route for rule in RULES).items() if count > 1]
    assert not duplicates, f"Rules declared twice: {duplicates}"
    for rule in RULES:
        assert set(rule.expect) == set(PERSONA_NAMES), f"{rule.route}: an expectation for each of the eight personas"


AREAS = {
    "site": ("", "accounts/", "i18n/", "documents/", "_util/", "healthz", PAGE_ROUTE_PREFIX),
    "hr": ("hr/",),
    "api": ("api/",),
    "wagtail-admin": ("admin/",),
    "django-admin": ("django-admin/",),
}


def _area(route: str) -> str:
    matches = [
        (len(prefix), area) for area, prefixes in AREAS.items() for prefix in prefixes if route.startswith(prefix)
    ]
    return max(matches)[1]


@pytest.mark.django_db
@pytest.mark.parametrize("area", list(AREAS))
def test_each_persona_gets_the_declared_answer(area, security_world):
    if area == "django-admin":
        django_admin_rows(security_world)
    samples = Samples(security_world)
    # A route shadowed by an earlier one (the sign-in doors) is requested once.
    routes = sorted({route.route for route in collect_routes() if _area(route.route) == area})
    failures: list[str] = []
    checks = 0
    for route in routes:
        rule = rule_for(route)
        if rule is None:
            failures.append(f"{route}: no rule in the access table")
            continue
        try:
            cases = samples.cases(rule, route)
        except LookupError as error:
            failures.append(f"{route}: {error}")
            continue
        for path, expect in cases:
            for persona in security_world.personas:
                expected = expect[persona.name]
                answer = request(persona.client, rule.method, path)
                checks += 1
                if answer.outcome is not expected:
                    failures.append(
                        f"{route} [{rule.method} {path}] {persona.name}: expected {expected.value}, "
                        f"got {answer.describe()}" + (f" = {answer.outcome.value}" if answer.outcome else "")
                    )
    assert not failures, f"{len(failures)} of {checks} checks differ from the access table:\n" + "\n".join(failures)
    assert routes and checks >= len(routes) * len(PERSONA_NAMES)


@pytest.mark.django_db
@pytest.mark.parametrize("door", [door for door in LOGIN_DOORS if door != "/accounts/login/"])
def test_the_sign_in_doors_lead_to_allauth(door, client):
    """The matrix counts a redirect to these doors as login-required: each must lead to allauth's login."""
    for response in (client.get(f"{door}?next=/hr/"), client.post(door, {"username": "x", "password": "y"})):
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/?next=")


@pytest.mark.django_db
def test_staff_sessions_without_the_second_factor_do_not_reach_the_staff_areas(trainer, hr_a, admin_user):
    """The matrix signs staff in with the TOTP step; a session that skipped it is sent to sign in again."""
    for user, path in (
        (trainer, "/admin/pages/"),
        (hr_a, "/hr/"),
        (admin_user, "/django-admin/"),
        (admin_user, "/admin/"),
    ):
        client = Client()
        client.force_login(user)  # a password-only session: no second factor recorded
        response = client.get(path)
        assert response.status_code == 302, (user.email, path)
        assert response["Location"].startswith("/accounts/login/?next="), (user.email, path, response["Location"])
