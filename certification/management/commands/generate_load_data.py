"""A synthetic population for measuring: units, officials, progress, certificates, mandates and roles.

Run it on a database of its own (set LMS_VAR_DIR or DATABASE_URL): it adds to what is
there and is not meant to be undone. Deterministic for a given --seed.
"""

from __future__ import annotations

import random
import secrets
import time
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from certification.gate import assignments_load
from certification.mandates import enrolments_apply
from certification.models import (
    Certificate,
    CertificationProgram,
    ProgramCourse,
    ReformRole,
    TrainingMandate,
    UnitSnapshot,
)
from certification.rollups import rollups_refresh
from certification.selectors import program_courses
from courses.models import LessonProgress
from courses.selectors import live_lessons
from lms.people.models import LeaderLevel, Official, Unit, UnitKind

BATCH = 5000
POSITIONS = {LeaderLevel.HEAD: "Chủ tịch", LeaderLevel.DEPUTY: "Phó Chủ tịch", LeaderLevel.STAFF: "Chuyên viên"}
# Synthetic accounts cannot sign in: "!" is Django's marker for an unusable password.
UNUSABLE_PASSWORD = "!"  # noqa: S105


class Command(BaseCommand):
    help = "Create N synthetic officials in M units, with progress, certificates, mandates and roles."

    def add_arguments(self, parser):
        parser.add_argument("--officials", type=int, required=True)
        parser.add_argument("--units", type=int, required=True)
        parser.add_argument("--prefix", default="LOAD", help="code prefix of the generated units and officials")
        parser.add_argument("--seed", type=int, default=2026)
        parser.add_argument("--certified", type=float, default=0.45, help="share of officials certified")
        parser.add_argument("--started", type=float, default=0.30, help="share in progress")
        parser.add_argument(
            "--programs", type=int, default=1, help="programs in all: the demo's first, plus more on the same courses"
        )

    def handle(self, *args, officials, units, prefix, seed, certified, started, programs, **options):
        if officials < 1 or units < 1 or programs < 1:
            raise CommandError("--officials, --units and --programs must be at least 1.")
        if Unit.objects.filter(code=prefix).exists():
            raise CommandError(
                f"Units with the prefix {prefix!r} exist already: use another --prefix or a fresh database."
            )
        if not CertificationProgram.objects.filter(is_active=True).exists():
            self.stdout.write("No certification program yet: seeding the demo content first.")
            call_command("seed_demo", stdout=self.stdout)
        rng = random.Random(seed)  # noqa: S311 - reproducible synthetic data, not secrets
        started_at = time.monotonic()
        unit_ids = self._units(prefix, units)
        self.stdout.write(f"{len(unit_ids)} units")
        official_ids = self._officials(prefix, officials, unit_ids, rng)
        self.stdout.write(f"{len(official_ids)} officials")
        program = CertificationProgram.objects.filter(is_active=True).order_by("pk").first()
        holders = self._progress_and_certificates(program, official_ids, rng, certified, started)
        self.stdout.write(f"{len(holders)} certificates")
        for extra in self._programs(prefix, program, programs - 1):
            issued = self._progress_and_certificates(extra, official_ids, rng, certified, 0)
            self.stdout.write(f"{len(issued)} certificates of {extra.code}")
        self._mandates(prefix, program, rng)
        roles = list(ReformRole.objects.all())
        if roles:
            chosen = rng.sample(holders, k=len(holders) // 10)
            unit_of = dict(Official.objects.filter(pk__in=chosen).values_list("pk", "unit_id"))
            created = assignments_load(rows=[(pk, rng.choice(roles).pk, unit_of[pk]) for pk in chosen])
            self.stdout.write(f"{created} role assignments")
        rollups_refresh()
        self._history(program)
        self.stdout.write(self.style.SUCCESS(f"Done in {time.monotonic() - started_at:.1f} s."))

    def _programs(self, prefix: str, first, count: int) -> list:
        """More programs on the first one's courses, so that dashboards have several to choose from."""
        made = []
        for number in range(2, count + 2):
            program = CertificationProgram.objects.create(
                code=f"{prefix[:6]}P{number}", name=f"{first.name} ({number})", name_en=f"{first.name_en} ({number})",
                validity_months=first.validity_months, renewal_window_days=first.renewal_window_days,
            )  # fmt: skip
            ProgramCourse.objects.bulk_create(
                ProgramCourse(program=program, course_id=link.course_id, sort_order=link.sort_order)
                for link in ProgramCourse.objects.filter(program=first)
            )
            made.append(program)
        return made

    def _units(self, prefix: str, count: int) -> list[int]:
        root = Unit.add_root(code=prefix, name=f"Thành phố {prefix}", kind=UnitKind.CITY)
        made = [root]
        districts = max(1, min(count - 1, (count - 1) // 7 or 1))
        parents = []
        for d in range(districts):
            if len(made) >= count:
                break
            district = root.add_child(code=f"{prefix}-D{d + 1}", name=f"Quận {d + 1}", kind=UnitKind.DISTRICT)
            parents.append(district)
            made.append(district)
        ward = 0
        while len(made) < count:
            parent = parents[ward % len(parents)]
            parent.refresh_from_db()
            ward += 1
            made.append(parent.add_child(code=f"{parent.code}-W{ward}", name=f"Phường {ward}, {parent.name}",
                                         kind=UnitKind.WARD))  # fmt: skip
        return [unit.pk for unit in made]

    def _officials(self, prefix: str, count: int, unit_ids: list[int], rng: random.Random) -> list[int]:
        user_model = get_user_model()
        domain = f"{prefix.lower()}.load.invalid"
        surnames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"]
        middles = ["Văn", "Thị", "Minh", "Thu", "Quốc", "Ngọc", "Hữu", "Thanh"]
        names = ["An", "Bình", "Chi", "Dũng", "Hà", "Hùng", "Lan", "Long", "Mai", "Nam", "Phương", "Quân", "Sơn", "Tâm"]
        ids: list[int] = []
        for start in range(0, count, BATCH):
            size = min(BATCH, count - start)
            with transaction.atomic():
                users = user_model.objects.bulk_create(
                    [user_model(email=f"o{start + i + 1}@{domain}", password=UNUSABLE_PASSWORD) for i in range(size)]
                )
                rows = []
                for i, user in enumerate(users):
                    n = start + i + 1
                    level = rng.choices([LeaderLevel.HEAD, LeaderLevel.DEPUTY, LeaderLevel.STAFF], [4, 8, 88])[0]
                    rows.append(Official(
                        user=user, employee_code=f"{prefix}{n:07d}",
                        full_name=f"{rng.choice(surnames)} {rng.choice(middles)} {rng.choice(names)}",
                        unit_id=unit_ids[(n - 1) % len(unit_ids)], leader_level=level,
                        position=POSITIONS[level],
                    ))  # fmt: skip
                ids += [official.pk for official in Official.objects.bulk_create(rows)]
        return ids

    def _progress_and_certificates(self, program, official_ids, rng, certified_share, started_share) -> list[int]:
        courses = program_courses(program)
        first_lessons = [(course.translation_key, lessons[0].translation_key)
                         for course in courses if (lessons := live_lessons(course))]  # fmt: skip
        now = timezone.now()
        holders, progress, certificates = [], [], []
        counter = program.serial_counter
        for pk in official_ids:
            roll = rng.random()
            if roll < certified_share:
                holders.append(pk)
                counter += 1
                issued = now - timedelta(days=rng.randint(1, 700))
                certificates.append(Certificate(
                    program=program, official_id=pk, serial=f"{program.code}-L-{counter:07d}",
                    verification_code=secrets.token_urlsafe(24), holder_name="", unit_name="",
                    program_name=program.name, program_name_en=program.name_en, courses=[], issued_at=issued,
                    expires_at=program.expiry_for(issued),
                ))  # fmt: skip
            elif roll < certified_share + started_share and first_lessons:
                course_key, lesson_key = rng.choice(first_lessons)
                progress.append(LessonProgress(official_id=pk, course_key=course_key, lesson_key=lesson_key,
                                               first_viewed_at=now, completed_at=now, seconds_spent=300))  # fmt: skip
        Certificate.objects.bulk_create(certificates, batch_size=BATCH)
        LessonProgress.objects.bulk_create(progress, batch_size=BATCH)
        CertificationProgram.objects.filter(pk=program.pk).update(serial_counter=counter)
        return holders

    def _mandates(self, prefix: str, program, rng: random.Random) -> None:
        creator = get_user_model().objects.filter(is_superuser=True).order_by("pk").first()
        if creator is None:
            return
        today = timezone.localdate()
        for district in Unit.objects.filter(code__startswith=f"{prefix}-D").exclude(code__contains="-W"):
            mandate = TrainingMandate.objects.create(
                program=program, unit=district, due_date=today + timedelta(days=rng.randint(-45, 60)),
                created_by=creator,
            )  # fmt: skip
            enrolments_apply(mandate)

    def _history(self, program) -> None:
        """Thirty days of snapshots rising towards today's figures, so the trend line has a shape."""
        from certification.models import UnitRollup
        from certification.rollups import snapshot_rows

        today = timezone.localdate()
        units = {pk: (path, active) for pk, path, active in Unit.objects.values_list("pk", "path", "is_active")}
        rollups = list(UnitRollup.objects.filter(program=program))
        rows = []
        for back in range(30, 0, -1):
            share = 1 - back / 45
            earlier = [
                UnitRollup(unit_id=r.unit_id, program_id=r.program_id, officials=r.officials, leaders=r.leaders,
                           certified=int(r.certified * share), leaders_certified=int(r.leaders_certified * share))
                for r in rollups
            ]  # fmt: skip
            rows += snapshot_rows(earlier, units, today - timedelta(days=back))
        UnitSnapshot.objects.bulk_create(rows, batch_size=BATCH, ignore_conflicts=True)
