"""Every periodic job of Celery beat runs a task the worker knows."""

from django.conf import settings

from lms.celery import app


def test_every_scheduled_job_names_a_task_the_worker_knows():
    app.loader.import_default_modules()
    unknown = {
        name: entry["task"] for name, entry in settings.CELERY_BEAT_SCHEDULE.items() if entry["task"] not in app.tasks
    }
    assert not unknown
    assert {"outbox-prune", "exports-prune"} <= set(settings.CELERY_BEAT_SCHEDULE)
