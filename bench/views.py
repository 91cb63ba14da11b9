"""Baselines: the least work that can answer each request, through the same stack.

Each view stands for the floor under one real page: a constant response (the cost of
gunicorn, Django and the middleware), one raw upsert (the cost of recording anything), and
raw reads of the tables the HR dashboard is built from.
"""

from __future__ import annotations

from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import timezone
from django.views.decorators.http import require_POST

BARE_BODY = b"<!doctype html><title>bare</title><p>bare</p>"


def bare(request: HttpRequest) -> HttpResponse:
    return HttpResponse(BARE_BODY)


@require_POST
def upsert(request: HttpRequest) -> HttpResponse:
    """Record one lesson as finished for the signed-in official with a single statement."""
    if not request.user.is_authenticated:
        return HttpResponse(status=403)
    now = timezone.now()
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO courses_lessonprogress"
            " (official_id, lesson_key, course_key, first_viewed_at, completed_at, seconds_spent)"
            " SELECT o.id, %s, %s, %s, %s, 60 FROM people_official o WHERE o.user_id = %s"
            " ON CONFLICT (official_id, lesson_key)"
            " DO UPDATE SET completed_at = excluded.completed_at, seconds_spent = excluded.seconds_spent",
            [request.POST["lesson"], request.POST["course"], now, now, request.user.pk],
        )
    return HttpResponse(status=204)


def group_by(request: HttpRequest) -> JsonResponse:
    """Officials and current certificates per unit, counted from the base tables."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT o.unit_id, COUNT(*), COUNT(c.id) FROM people_official o"
            " LEFT JOIN certification_certificate c ON c.official_id = o.id AND c.status = 'active'"
            " WHERE o.is_active GROUP BY o.unit_id"
        )
        rows = cursor.fetchall()
    return JsonResponse({"units": len(rows), "officials": sum(row[1] for row in rows)})


def rollup_read(request: HttpRequest) -> JsonResponse:
    """The per-unit figures the dashboard reads, straight from the rollup table."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM certification_unitrollup")
        rows = cursor.fetchall()
    return JsonResponse({"rows": len(rows)})
