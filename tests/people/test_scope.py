import pytest
from django.http import Http404

from lms.people.factories import OfficialFactory
from lms.people.scope import get_scoped_official_or_404, scoped_officials, scoped_units

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def test_hr_sees_their_district_and_its_wards_only(tree, hr_a):
    codes = set(scoped_units(hr_a).values_list("code", flat=True))
    assert codes == {"D1", "D1-W1", "D1-W2"}


def test_hr_officials_queryset_excludes_other_districts(tree, hr_a, learner, outsider):
    visible = set(scoped_officials(hr_a).values_list("employee_code", flat=True))
    assert "L001" in visible
    assert "O001" not in visible


def test_official_outside_scope_looks_absent(tree, hr_a, outsider):
    with pytest.raises(Http404):
        get_scoped_official_or_404(hr_a, employee_code="O001")
    with pytest.raises(Http404):
        get_scoped_official_or_404(hr_a, employee_code="NOPE")


def test_admin_sees_every_unit(tree, admin_user):
    assert scoped_units(admin_user).count() == 6


def test_learner_without_scope_sees_nothing(tree, learner):
    OfficialFactory(unit=tree.d1)
    assert scoped_officials(learner).count() == 0
    assert scoped_units(learner).count() == 0
