"""200 races of revoke-versus-assign on PostgreSQL leave no active assignment on a revoked certificate."""

from __future__ import annotations

import threading

import pytest
from django.db import connection, connections

from certification.factories import certificate_grant, role_build
from certification.gate import RoleError, role_assign, unmet_requirements_q
from certification.models import AssignmentStatus, CertificateStatus, RoleAssignment
from certification.services import certificate_revoke
from lms.core.clock import db_now
from lms.people.factories import OfficialFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

RACES = 200
BATCH = 25


def test_revocation_racing_assignment_never_leaves_an_uncertified_holder(hr_a, tree, program):
    if connection.vendor != "postgresql":
        pytest.skip("row locks are only meaningful on PostgreSQL (make test runs this there)")
    role = role_build(code="cchc-focal-point", programs=[program])
    officials = [OfficialFactory(employee_code=f"R{i:04d}", unit=tree.d1_w1) for i in range(RACES)]
    certificates = [certificate_grant(official, program) for official in officials]
    outcomes = {"assigned": 0, "refused": 0, "errors": []}
    lock = threading.Lock()

    def assign(official) -> None:
        try:
            role_assign(official=official, role=role, unit=official.unit, by=hr_a)
            with lock:
                outcomes["assigned"] += 1
        except RoleError:
            with lock:
                outcomes["refused"] += 1
        except Exception as error:
            outcomes["errors"].append(repr(error))
        finally:
            connections.close_all()

    def revoke(certificate, barrier) -> None:
        try:
            barrier.wait()
            certificate_revoke(certificate=certificate, by=hr_a, reason="race")
        except Exception as error:
            outcomes["errors"].append(repr(error))
        finally:
            connections.close_all()

    for start in range(0, RACES, BATCH):
        barrier = threading.Barrier(2 * min(BATCH, RACES - start))
        threads = []
        for official, certificate in zip(
            officials[start : start + BATCH], certificates[start : start + BATCH], strict=True
        ):

            def assign_after(official=official, barrier=barrier) -> None:
                barrier.wait()
                assign(official)

            threads += [
                threading.Thread(target=assign_after),
                threading.Thread(target=revoke, args=(certificate, barrier)),
            ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    assert outcomes["errors"] == []
    assert outcomes["assigned"] + outcomes["refused"] == RACES
    assert all(
        c.status == CertificateStatus.REVOKED for c in type(certificates[0]).objects.filter(official__in=officials)
    )
    invalid = RoleAssignment.objects.filter(status=AssignmentStatus.ACTIVE).filter(unmet_requirements_q(db_now()))
    assert invalid.count() == 0
    # Every assignment that won its race was suspended by the revocation that followed.
    assert RoleAssignment.objects.filter(status=AssignmentStatus.SUSPENDED).count() == outcomes["assigned"]
    print(f"\n{RACES} races: {outcomes['assigned']} assigned then suspended, {outcomes['refused']} refused, 0 invalid")
