"""Thin views of the learning pages; they call selectors and services."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core import signing
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from lms.core.pagecache import public_fragment, public_page

from .selectors import course_of, course_progress, live_lessons, my_learning, official_of
from .services import lesson_finish, lesson_visit

if TYPE_CHECKING:
    from .models import LessonPage

_START_SALT = "courses.lesson-start"
# A page left open longer than this no longer counts towards time spent.
_START_MAX_AGE = 6 * 60 * 60


def _start_token(lesson: LessonPage) -> str:
    return signing.dumps({"lesson": lesson.pk, "at": int(time.time())}, salt=_START_SALT)


def _seconds_since(token: str, lesson: LessonPage) -> int:
    try:
        data = signing.loads(token, salt=_START_SALT, max_age=_START_MAX_AGE)
    except signing.BadSignature:
        return 0
    if data.get("lesson") != lesson.pk:
        return 0
    return max(0, int(time.time()) - int(data.get("at", 0)))


def _body_items(lesson: LessonPage, practice_index: int | None, feedback: dict | None) -> list[tuple]:
    """(block, practice index or None, feedback for that practice block or None) for each block."""
    items, counter = [], 0
    for block in lesson.body:
        if block.block_type == "practice":
            items.append((block, counter, feedback if counter == practice_index else None))
            counter += 1
        else:
            items.append((block, None, None))
    return items


def lesson_context(
    request: HttpRequest,
    lesson: LessonPage,
    *,
    practice_index: int | None = None,
    practice_feedback: dict | None = None,
) -> dict[str, Any]:
    course = course_of(lesson)
    progress = course_progress(course=course, user=request.user, current=lesson)
    position = next((index for index, item in enumerate(progress.lessons) if item.current), 0)
    lessons = [item.lesson for item in progress.lessons]
    return {
        "course": course,
        "progress": progress,
        "position": position + 1,
        "previous_lesson": lessons[position - 1] if position > 0 else None,
        "next_lesson": lessons[position + 1] if position + 1 < len(lessons) else None,
        "is_done": bool(progress.lessons) and progress.lessons[position].done,
        "start_token": _start_token(lesson),
        "official": official_of(request.user),
        "body_html": _body_html(request, lesson, practice_index, practice_feedback),
    }


def _body_html(request: HttpRequest, lesson: LessonPage, practice_index: int | None, feedback: dict | None) -> str:
    """The lesson's blocks rendered; without an answer to show they are the same for every reader,
    so the published lesson's body is rendered once and kept (never a preview's draft)."""

    def render() -> str:
        items = _body_items(lesson, practice_index, feedback)
        return render_to_string("courses/_lesson_body.html", {"body_items": items, "page": lesson}, request=request)

    if feedback is not None or getattr(request, "is_preview", False) or not lesson.live:
        return render()
    return public_fragment(request, f"lesson-body:{lesson.pk}:{lesson.live_revision_id}", render)


def lesson_show(request: HttpRequest, lesson: LessonPage) -> HttpResponse:
    context = lesson_context(request, lesson)
    official = context["official"]
    # Only a learner's own first visit is recorded; Wagtail previews never reach this view.
    first_visit = lesson.translation_key not in context["progress"].visited_keys
    if official is not None and first_visit and not getattr(request, "is_preview", False):
        lesson_visit(official=official, lesson=lesson)
    response = lesson.render(request, context_overrides=context)
    if not request.user.is_authenticated and not getattr(request, "is_preview", False):
        public_page(response)
    return response


@require_POST
def lesson_finish_view(request: HttpRequest, lesson: LessonPage) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect_to_login(lesson.url)
    official = official_of(request.user)
    if official is None:
        raise Http404
    course = course_of(lesson)
    lessons = live_lessons(course)
    seconds = _seconds_since(request.POST.get("start", ""), lesson)
    lesson_finish(official=official, lesson=lesson, seconds_spent=seconds, course=course, lessons=lessons)
    progress = course_progress(course=course, user=request.user, current=lesson, lessons=lessons)
    if progress.completed:
        messages.success(request, _("You have completed the course “%(course)s”.") % {"course": course.title})
        return HttpResponseRedirect(course.url)
    messages.success(request, _("Lesson finished."))
    return HttpResponseRedirect((progress.next_lesson or course).url)


def _practice_block(lesson: LessonPage, index: int):
    practice_blocks = [block for block in lesson.body if block.block_type == "practice"]
    if not 0 <= index < len(practice_blocks):
        raise Http404
    return practice_blocks[index]


@require_http_methods(["GET", "POST"])
def practice_answer(request: HttpRequest, lesson: LessonPage, index: int) -> HttpResponse:
    """Reveal the explanation of a practice question. Nothing is recorded: practice is not graded.

    Checking an answer is safe and changes nothing, so the form asks with GET: the lesson page
    then carries no token and can be served to anonymous visitors from the cache.
    """
    block = _practice_block(lesson, index)
    data = request.POST if request.method == "POST" else request.GET
    if "choice" not in data:
        return HttpResponseRedirect(lesson.url)
    feedback = block.value.feedback_for(data.get("choice"))
    if "application/json" in request.headers.get("Accept", ""):
        html = render_to_string("blocks/practice_result.html", {"practice_feedback": feedback}, request=request)
        public = ("correct", "feedback", "explanation", "correct_answers")
        return JsonResponse({**{key: feedback[key] for key in public}, "html": html})
    context = lesson_context(request, lesson, practice_index=index, practice_feedback=feedback)
    return lesson.render(request, context_overrides=context)


@login_required
def learn(request: HttpRequest) -> HttpResponse:
    """My learning: courses in progress with "continue", and completed courses."""
    return render(request, "courses/learn.html", {"learning": my_learning(user=request.user)})
