"""Thin views of the final quiz: intro, attempt, submission and result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.images import get_image_model

from courses.selectors import course_of, official_of
from lms.core.device import device_of
from lms.core.net import client_ip

from .models import AttemptStatus, QuizAttempt, ReviewPolicy
from .services import QuizError, attempt_start, attempt_submit, quiz_status
from .stepup import has_totp, mfa_required, stepup_redirect

if TYPE_CHECKING:
    from .models import QuizPage


def _official_or_login(request: HttpRequest):
    official = official_of(request.user)
    if official is None:
        if not request.user.is_authenticated:
            return None, redirect_to_login(request.get_full_path())
        raise Http404
    return official, None


def _own_attempt(official, quiz: QuizPage, attempt_id: int) -> QuizAttempt:
    """Someone else's attempt, or one of another quiz, looks exactly like a missing one."""
    attempt = QuizAttempt.objects.filter(pk=attempt_id, official=official, quiz_key=quiz.translation_key).first()
    if attempt is None:
        raise Http404
    return attempt


def _url(quiz: QuizPage, request: HttpRequest, suffix: str = "") -> str:
    return quiz.get_url(request) + suffix


def quiz_show(request: HttpRequest, quiz: QuizPage) -> HttpResponse:
    official = official_of(request.user)
    context: dict[str, Any] = {"course": course_of(quiz)}
    if official is not None:
        status = quiz_status(official=official, quiz=quiz)
        attempts = QuizAttempt.objects.filter(official=official, quiz_key=quiz.translation_key).order_by("-number")
        context.update(status=status, attempts=list(attempts))
    return quiz.render(request, context_overrides=context)


@require_POST
def quiz_start(request: HttpRequest, quiz: QuizPage) -> HttpResponse:
    """Starting needs the personal attestation, a fresh re-authentication, and MFA where the program asks."""
    official, redirect = _official_or_login(request)
    if redirect:
        return redirect
    if mfa_required(official, quiz) and not has_totp(request.user):
        messages.warning(request, _("This assessment can only be taken with two-factor authentication. Set it up "
                                    "first, then come back to start."))  # fmt: skip
        return HttpResponseRedirect(reverse("mfa_activate_totp") + "?" + urlencode({"next": _url(quiz, request)}))
    if request.POST.get("attest") != "1":
        messages.error(request, _("Confirm that you are taking this assessment yourself."))
        return HttpResponseRedirect(_url(quiz, request))
    stepup = stepup_redirect(request)
    if stepup is not None:
        return stepup
    origin = {"attested_at": timezone.now(), "client_ip": client_ip(request), "device": device_of(request),
              "user_agent": request.META.get("HTTP_USER_AGENT", "")[:300]}  # fmt: skip
    try:
        attempt = attempt_start(official=official, quiz=quiz, origin=origin)
    except QuizError as error:
        messages.error(request, error.message)
        return HttpResponseRedirect(_url(quiz, request))
    return HttpResponseRedirect(_url(quiz, request, f"attempt/{attempt.pk}/"))


def _images(served: list[dict[str, Any]]) -> dict[int, Any]:
    ids = [question["image_id"] for question in served if question.get("image_id")]
    return get_image_model().objects.in_bulk(ids) if ids else {}


def attempt_show(request: HttpRequest, quiz: QuizPage, attempt_id: int, *, error: QuizError | None = None,
                 status_code: int = 200) -> HttpResponse:  # fmt: skip
    official, redirect = _official_or_login(request)
    if redirect:
        return redirect
    attempt = _own_attempt(official, quiz, attempt_id)
    if attempt.status != AttemptStatus.IN_PROGRESS:
        return HttpResponseRedirect(_url(quiz, request, f"attempt/{attempt.pk}/result/"))
    images = _images(attempt.served)
    questions = [{**question, "image": images.get(question.get("image_id"))} for question in attempt.served]
    response = quiz.render(
        request,
        template="quizzes/attempt.html",
        context_overrides={"attempt": attempt, "questions": questions, "error": error, "course": quiz.get_parent()},
    )
    response.status_code = status_code
    return response


@require_POST
def attempt_submit_view(request: HttpRequest, quiz: QuizPage, attempt_id: int) -> HttpResponse:
    official, redirect = _official_or_login(request)
    if redirect:
        return redirect
    attempt = _own_attempt(official, quiz, attempt_id)
    answers = {
        question["id"]: request.POST.getlist(f"q-{question['id']}")
        for question in attempt.served
        if request.POST.getlist(f"q-{question['id']}")
    }
    # Answers naming questions that were never served are refused too.
    for name in request.POST:
        if name.startswith("q-") and name[2:] not in answers and request.POST.getlist(name):
            answers[name[2:]] = request.POST.getlist(name)
    try:
        attempt_submit(attempt_id=attempt.pk, official=official, answers=answers)
    except QuizError as error:
        if error.code in {"already_submitted", "time_up"}:
            messages.error(request, error.message)
            return HttpResponseRedirect(_url(quiz, request, f"attempt/{attempt.pk}/result/"))
        return attempt_show(request, quiz, attempt.pk, error=error, status_code=400)
    return HttpResponseRedirect(_url(quiz, request, f"attempt/{attempt.pk}/result/"))


def _review_allowed(quiz: QuizPage, attempt: QuizAttempt, attempts_left: int | None) -> bool:
    if quiz.review_policy == ReviewPolicy.AFTER_PASSING:
        return attempt.passed
    if quiz.review_policy == ReviewPolicy.AFTER_LAST_ATTEMPT:
        return attempt.passed or attempts_left == 0
    return False


def attempt_result(request: HttpRequest, quiz: QuizPage, attempt_id: int) -> HttpResponse:
    official, redirect = _official_or_login(request)
    if redirect:
        return redirect
    attempt = _own_attempt(official, quiz, attempt_id)
    if attempt.status == AttemptStatus.IN_PROGRESS:
        return HttpResponseRedirect(_url(quiz, request, f"attempt/{attempt.pk}/"))
    status = quiz_status(official=official, quiz=quiz)
    review = _review_allowed(quiz, attempt, status.attempts_left)
    images = _images(attempt.served)
    questions = []
    for question in attempt.served:
        key = attempt.answer_key[question["id"]]
        chosen = set(attempt.answers.get(question["id"], []))
        questions.append({
            **question,
            "image": images.get(question.get("image_id")),
            "chosen": chosen,
            "is_right": chosen == set(key["correct"]),
            # Feedback and the key are shown only when the quiz's review setting allows it.
            "feedback": [key["feedback"][a] for a in chosen if review and key["feedback"].get(a)],
            "correct": set(key["correct"]) if review else set(),
            "explanation": key["explanation"] if review else "",
        })  # fmt: skip
    return quiz.render(
        request,
        template="quizzes/result.html",
        context_overrides={"attempt": attempt, "status": status, "review": review, "questions": questions,
                           "course": course_of(quiz)},
    )  # fmt: skip
