"""Run inside the stack's environment (``manage.py shell``) to prepare the fault tests; prints JSON.

Creates a one-lesson course and a program "FAST" that needs only it, and N learners with sessions,
so that one request per learner makes a certificate due.
"""

import json
import os

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.contrib.sessions.backends.db import SessionStore

from certification.factories import program_build
from courses.factories import course_build
from courses.models import CoursePage
from courses.selectors import live_lessons
from lms.people.factories import OfficialFactory
from lms.people.models import Unit

count = int(os.environ["STACK_LEARNERS"])
course = CoursePage.objects.filter(slug="khoa-nhanh").first()
if course is None:
    course = course_build(title="Khóa nhanh", slug="khoa-nhanh", lessons=1)
    program_build(courses=[course], code="FAST", validity_months=12)
lesson = course.get_children().live().first().specific
unit = Unit.objects.get(code="D1-W1")
demo_course = CoursePage.objects.get(slug="thu-dien-tu-cong-vu", locale__language_code="vi")
learners = []
for number in range(count):
    official = OfficialFactory(employee_code=f"STK{number:04d}", unit=unit, user__email=f"stk{number}@stack.invalid")
    user = get_user_model().objects.get(pk=official.user_id)
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    learners.append({"official_id": official.pk, "email": user.email, "session": session.session_key})
print(
    json.dumps(
        {
            "lesson_url": lesson.url,
            "demo_lessons": [page.url for page in live_lessons(demo_course)],
            "lesson_id": lesson.pk,
            "lesson_key": str(lesson.translation_key),
            "learners": learners,
        }
    )
)
