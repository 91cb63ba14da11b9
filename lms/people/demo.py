"""Demo units, officials and the six demo accounts of PRODUCT.md's public contract."""

from __future__ import annotations

from collections.abc import Callable

from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group, Permission

from lms.accounts.services import verified_addresses_sync
from lms.core.demo import register

from .models import LeaderLevel, Official, Unit, UnitKind
from .roles import LEAD_TRAINERS_GROUP, TRAINERS_GROUP
from .services import hr_scope_grant, unit_create

# code, name, kind, parent code. All names are fictional.
UNITS = [
    ("CITY", "Thành phố An Khang", UnitKind.CITY, None),
    ("D1", "Quận Bình Minh", UnitKind.DISTRICT, "CITY"),
    ("D1-W1", "Phường Hoa Sen", UnitKind.WARD, "D1"),
    ("D1-W2", "Phường Ngọc Lan", UnitKind.WARD, "D1"),
    ("D1-W3", "Phường Hoa Mai", UnitKind.WARD, "D1"),
    ("D2", "Quận Hòa An", UnitKind.DISTRICT, "CITY"),
    ("D2-W1", "Phường Cẩm Tú", UnitKind.WARD, "D2"),
    ("D2-W2", "Phường Thanh Bình", UnitKind.WARD, "D2"),
    ("D3", "Quận Phú Lâm", UnitKind.DISTRICT, "CITY"),
    ("D3-W1", "Phường Trúc Lâm", UnitKind.WARD, "D3"),
    ("D3-W2", "Phường An Lạc", UnitKind.WARD, "D3"),
    ("DEP-HA", "Sở Nội vụ", UnitKind.DEPARTMENT, "CITY"),
    ("DEP-IC", "Sở Thông tin và Truyền thông", UnitKind.DEPARTMENT, "CITY"),
]

LEADER, CERTIFIED, TRAINER, HR, HR2, ADMIN = "leader", "certified", "trainer", "hr", "hr2", "admin"
LEAD = "lead"

# key, email, code, name, unit, position, level
DEMO_ACCOUNTS = [
    (LEADER, "leader@demo.gov.vn", "DEMO001", "Trần Minh Đức", "D1", "Phó Chủ tịch UBND quận", LeaderLevel.DEPUTY),
    (
        CERTIFIED,
        "certified@demo.gov.vn",
        "DEMO002",
        "Lê Thị Thu Hà",
        "D1",
        "Chánh Văn phòng HĐND và UBND quận",
        LeaderLevel.HEAD,
    ),
    (TRAINER, "trainer@demo.gov.vn", "DEMO003", "Phạm Quốc Bảo", "CITY", "Giảng viên chuyển đổi số", LeaderLevel.STAFF),
    (HR, "hr@demo.gov.vn", "DEMO004", "Nguyễn Thị Lan", "D1", "Trưởng phòng Nội vụ quận", LeaderLevel.HEAD),
    (HR2, "hr2@demo.gov.vn", "DEMO005", "Võ Văn Hùng", "D2", "Chuyên viên Phòng Nội vụ quận", LeaderLevel.STAFF),
    (ADMIN, "admin@demo.gov.vn", "DEMO006", "Hoàng Anh Tuấn", "CITY", "Quản trị hệ thống", LeaderLevel.STAFF),
    # Beyond the contract's six: the lead trainer who approves and publishes courses.
    (LEAD, "lead-trainer@demo.gov.vn", "DEMO007", "Đinh Thị Minh Châu", "CITY", "Giảng viên chính", LeaderLevel.STAFF),
]
STAFF_ACCOUNTS = {TRAINER, HR, HR2, ADMIN, LEAD}
HR_SCOPES = {HR: "D1", HR2: "D2"}

# code, name, unit, position, level — the rest of the demo population.
OFFICIALS = [
    ("DEMO101", "Đặng Văn Thành", "D1", "Chủ tịch UBND quận", LeaderLevel.HEAD),
    ("DEMO102", "Bùi Thị Ngọc Ánh", "D1-W1", "Chủ tịch UBND phường", LeaderLevel.HEAD),
    ("DEMO103", "Đỗ Minh Khoa", "D1-W1", "Công chức Văn phòng - Thống kê", LeaderLevel.STAFF),
    ("DEMO104", "Huỳnh Thị Mai", "D1-W2", "Phó Chủ tịch UBND phường", LeaderLevel.DEPUTY),
    ("DEMO105", "Ngô Quang Vinh", "D1-W2", "Công chức Tư pháp - Hộ tịch", LeaderLevel.STAFF),
    ("DEMO106", "Dương Thị Hồng", "D1-W3", "Chủ tịch UBND phường", LeaderLevel.HEAD),
    ("DEMO107", "Lý Văn Tâm", "D1-W3", "Công chức Địa chính", LeaderLevel.STAFF),
    ("DEMO108", "Trịnh Thị Thảo", "D2", "Chủ tịch UBND quận", LeaderLevel.HEAD),
    ("DEMO109", "Mai Xuân Trường", "D2", "Phó Chủ tịch UBND quận", LeaderLevel.DEPUTY),
    ("DEMO110", "Phan Thị Kim Oanh", "D2-W1", "Chủ tịch UBND phường", LeaderLevel.HEAD),
    ("DEMO111", "Hà Văn Lộc", "D2-W1", "Công chức Văn hóa - Xã hội", LeaderLevel.STAFF),
    ("DEMO112", "Tạ Thị Bích", "D2-W2", "Phó Chủ tịch UBND phường", LeaderLevel.DEPUTY),
    ("DEMO113", "Cao Minh Nhật", "D2-W2", "Công chức Một cửa", LeaderLevel.STAFF),
    ("DEMO114", "Châu Văn Phước", "D3", "Chủ tịch UBND quận", LeaderLevel.HEAD),
    ("DEMO115", "Lâm Thị Diễm", "D3", "Phó Chủ tịch UBND quận", LeaderLevel.DEPUTY),
    ("DEMO116", "Tôn Thất Hưng", "D3-W1", "Chủ tịch UBND phường", LeaderLevel.HEAD),
    ("DEMO117", "Kiều Thị Loan", "D3-W1", "Công chức Một cửa", LeaderLevel.STAFF),
    ("DEMO118", "Vũ Đức Long", "D3-W2", "Phó Chủ tịch UBND phường", LeaderLevel.DEPUTY),
    ("DEMO119", "Quách Thị Yến", "D3-W2", "Công chức Tài chính - Kế toán", LeaderLevel.STAFF),
    ("DEMO120", "Triệu Quang Huy", "DEP-HA", "Giám đốc Sở", LeaderLevel.HEAD),
    ("DEMO121", "Âu Thị Phương", "DEP-HA", "Phó Giám đốc Sở", LeaderLevel.DEPUTY),
    ("DEMO122", "Khúc Văn Sơn", "DEP-HA", "Chuyên viên Phòng Cải cách hành chính", LeaderLevel.STAFF),
    ("DEMO123", "Thân Thị Hạnh", "DEP-IC", "Giám đốc Sở", LeaderLevel.HEAD),
    ("DEMO124", "La Minh Trí", "DEP-IC", "Chuyên viên Phòng Công nghệ thông tin", LeaderLevel.STAFF),
]


def _units() -> dict[str, Unit]:
    by_code: dict[str, Unit] = {}
    for code, name, kind, parent_code in UNITS:
        unit = Unit.objects.filter(code=code).first()
        if unit is None:
            unit = unit_create(code=code, name=name, kind=kind, parent=by_code.get(parent_code or ""))
        elif (unit.name, unit.kind) != (name, kind):
            Unit.objects.filter(pk=unit.pk).update(name=name, kind=kind)
        by_code[code] = unit
    return by_code


def _official(
    *, email: str, code: str, name: str, unit: Unit, position: str, level: str, password_hash: str
) -> Official:
    user_model = get_user_model()
    user, _ = user_model.objects.get_or_create(email=email)
    user.first_name, user.last_name, user.is_active = name[:150], "", True
    user.password = password_hash
    user.save()
    verified_addresses_sync(users=[user])
    official, _ = Official.objects.update_or_create(
        employee_code=code,
        defaults={
            "user": user,
            "full_name": name,
            "unit": unit,
            "position": position,
            "leader_level": level,
            "is_active": True,
        },
    )
    return official


def _groups() -> tuple[Group, Group]:
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    trainers, _ = Group.objects.get_or_create(name=TRAINERS_GROUP)
    lead_trainers, _ = Group.objects.get_or_create(name=LEAD_TRAINERS_GROUP)
    trainers.permissions.add(access_admin)
    lead_trainers.permissions.add(access_admin)
    return trainers, lead_trainers


@register(order=10, name="units, officials and demo accounts")
def seed(write: Callable[[str], None]) -> None:
    units = _units()
    trainers, lead_trainers = _groups()
    accounts = {}
    # One hash serves every demo account: hashing is deliberately slow.
    password_hash = make_password(settings.LMS_DEMO_PASSWORD)
    for key, email, code, name, unit_code, position, level in DEMO_ACCOUNTS:
        accounts[key] = _official(
            email=email,
            code=code,
            name=name,
            unit=units[unit_code],
            position=position,
            level=level,
            password_hash=password_hash,
        ).user
    for code, name, unit_code, position, level in OFFICIALS:
        _official(
            email=f"{code.lower()}@demo.gov.vn",
            code=code,
            name=name,
            unit=units[unit_code],
            position=position,
            level=level,
            password_hash=password_hash,
        )

    accounts[TRAINER].groups.add(trainers)
    accounts[LEAD].groups.add(lead_trainers)
    admin = accounts[ADMIN]
    admin.is_staff = admin.is_superuser = True
    admin.save(update_fields=["is_staff", "is_superuser"])
    for key, unit_code in HR_SCOPES.items():
        hr_scope_grant(user=accounts[key], unit=units[unit_code], actor=admin)
    for key in STAFF_ACCOUNTS:
        user = accounts[key]
        if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
            TOTP.activate(user, settings.LMS_DEMO_TOTP_SECRET)

    write(demo_accounts_table())


def demo_accounts_table() -> str:
    lines = [
        "",
        f"Demo accounts (password: {settings.LMS_DEMO_PASSWORD})",
        f"  {'email':<24} {'code':<8} {'unit':<6} who",
    ]
    roles = {
        LEADER: "leader (district vice-chair), no certificate yet",
        CERTIFIED: "certified official",
        TRAINER: "trainer",
        HR: "HR officer of D1 and its wards",
        HR2: "HR officer of D2 and its wards",
        ADMIN: "administrator",
        LEAD: "lead trainer (approves and publishes courses)",
    }
    for key, email, code, _name, unit_code, _position, _level in DEMO_ACCOUNTS:
        mfa = " [TOTP]" if key in STAFF_ACCOUNTS else ""
        lines.append(f"  {email:<24} {code:<8} {unit_code:<6} {roles[key]}{mfa}")
    lines.append(f"  Staff accounts [TOTP] use the authenticator secret {settings.LMS_DEMO_TOTP_SECRET} (base32).")
    lines.append("")
    return "\n".join(lines)
