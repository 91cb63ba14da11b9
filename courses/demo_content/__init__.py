"""The three demo courses, as data: Vietnamese with English versions, ready for ``courses.demo``."""

from .dashboard import COURSE as DASHBOARD
from .email import COURSE as EMAIL
from .esignature import COURSE as ESIGNATURE

COURSES = [EMAIL, ESIGNATURE, DASHBOARD]

__all__ = ["COURSES", "DASHBOARD", "EMAIL", "ESIGNATURE"]
