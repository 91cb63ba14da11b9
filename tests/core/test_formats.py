"""Dates are written day/month/year in both interface languages."""

import datetime

import pytest
from django.utils import formats, translation


@pytest.mark.parametrize(("language", "number"), [("vi", "1.234,5"), ("en", "1,234.5")])
def test_dates_are_dd_mm_yyyy_and_numbers_follow_the_language(language, number):
    with translation.override(language):
        assert formats.date_format(datetime.date(2026, 3, 9), "SHORT_DATE_FORMAT") == "09/03/2026"
        assert formats.number_format(1234.5, 1, use_l10n=True, force_grouping=True) == number
        assert "%d/%m/%Y" in formats.get_format("DATE_INPUT_FORMATS")
