"""Response shapes of the integration API (they also define its OpenAPI schema)."""

from __future__ import annotations

from rest_framework import serializers


class ErrorDetailSerializer(serializers.Serializer):
    code = serializers.CharField(help_text="Stable machine-readable code, e.g. `official_not_found`.")
    message = serializers.CharField()


class ErrorSerializer(serializers.Serializer):
    error = ErrorDetailSerializer()


class CertificateSerializer(serializers.Serializer):
    serial = serializers.CharField()
    program = serializers.CharField(help_text="Program code, e.g. `DLF`.")
    program_name = serializers.CharField()
    status = serializers.ChoiceField(choices=["valid", "expired", "revoked", "superseded"])
    issued_at = serializers.DateTimeField()
    expires_at = serializers.DateTimeField(allow_null=True)
    revoked_at = serializers.DateTimeField(allow_null=True)
    verification_url = serializers.URLField()


class PagedCertificatesSerializer(serializers.Serializer):
    count = serializers.IntegerField()
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)
    results = CertificateSerializer(many=True)


class OfficialRefSerializer(serializers.Serializer):
    employee_code = serializers.CharField()
    full_name = serializers.CharField()
    unit = serializers.CharField(help_text="Unit code.")


class ProgramStandingSerializer(serializers.Serializer):
    program = serializers.CharField()
    program_name = serializers.CharField()
    state = serializers.ChoiceField(choices=["held", "missing", "expired", "revoked"])
    certificate = serializers.CharField(allow_null=True, help_text="Serial of the certificate concerned, if any.")
    expires_at = serializers.DateTimeField(allow_null=True)


class EligibilitySerializer(serializers.Serializer):
    official = OfficialRefSerializer()
    role = serializers.CharField()
    eligible = serializers.BooleanField()
    programs = ProgramStandingSerializer(many=True)
    missing = serializers.ListField(child=serializers.CharField(), help_text="Codes of the programs not held.")
    message = serializers.CharField(help_text="Why not, as the HR assign form says it; empty when eligible.")
    checked_at = serializers.DateTimeField()


class ProgramFiguresSerializer(serializers.Serializer):
    program = serializers.CharField()
    officials = serializers.IntegerField()
    leaders = serializers.IntegerField()
    certified = serializers.IntegerField()
    leaders_certified = serializers.IntegerField()
    percent_certified = serializers.IntegerField()
    percent_leaders_certified = serializers.IntegerField()
    in_progress = serializers.IntegerField()
    not_started = serializers.IntegerField()
    overdue = serializers.IntegerField()
    expiring_within_30_days = serializers.IntegerField()


class UnitStatsSerializer(serializers.Serializer):
    unit = serializers.CharField()
    name = serializers.CharField()
    includes_sub_units = serializers.BooleanField()
    updated_at = serializers.DateTimeField(allow_null=True)
    programs = ProgramFiguresSerializer(many=True)


class VerificationSerializer(serializers.Serializer):
    holder_name = serializers.CharField()
    unit_name = serializers.CharField()
    program = serializers.CharField()
    program_name = serializers.CharField()
    courses = serializers.ListField(child=serializers.CharField())
    serial = serializers.CharField()
    status = serializers.ChoiceField(choices=["valid", "expired", "revoked", "superseded"])
    issued_at = serializers.DateTimeField()
    expires_at = serializers.DateTimeField(allow_null=True)
    revoked_at = serializers.DateTimeField(allow_null=True)
    issuer = serializers.CharField()
