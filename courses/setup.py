"""The authoring set-up every site needs: locales, the catalog, trainer groups and the review workflow.

Idempotent; run by ``manage.py setup_authoring`` (production) and by ``seed_demo``.
"""

from __future__ import annotations

from collections.abc import Callable

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from lms.people.roles import LEAD_TRAINERS_GROUP, TRAINERS_GROUP

from .models import CourseIndexPage

WORKFLOW_NAME = "Duyệt khóa học (Course review)"
TASK_NAME = "Giảng viên chính duyệt (Lead trainer approval)"
CATALOG_TITLES = {"vi": "Khóa học", "en": "Courses"}
CATALOG_INTROS = {
    "vi": "Các học phần ngắn, tự học theo nhịp của bạn, về thư điện tử công vụ, chữ ký số và bảng theo dõi "
    "hồ sơ một cửa.",
    "en": "Short self-paced modules on official email, digital signatures and the one-stop-shop dashboard.",
}
TRAINER_PAGE_PERMISSIONS = ["add_page", "change_page"]
LEAD_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
MEDIA_PERMISSIONS = {
    "wagtailimages": ["add_image", "change_image", "choose_image"],
    "wagtaildocs": ["add_document", "change_document", "choose_document"],
}


def _locales() -> dict[str, Locale]:
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("vi", "en")}


def page_publish(page: Page) -> None:
    page.save_revision().publish()


def translation_ensure(page: Page, locale: Locale, fill: Callable[[Page], None]) -> Page:
    """The published translation of ``page`` into ``locale``, created (and filled) if missing."""
    translation = page.get_translation_or_none(locale)
    if translation is not None:
        return translation.specific
    translation = page.copy_for_translation(locale).specific
    fill(translation)
    translation.save()
    page_publish(translation)
    return translation


def _catalog(locales: dict[str, Locale]) -> dict[str, CourseIndexPage]:
    site = Site.objects.get(is_default_site=True)
    root = site.root_page.specific
    if root.locale_id != locales["vi"].pk:
        root.locale = locales["vi"]
        root.save(update_fields=["locale"])
    catalog = CourseIndexPage.objects.filter(locale=locales["vi"]).first()
    if catalog is None:
        catalog = CourseIndexPage(title=CATALOG_TITLES["vi"], slug="courses", intro=CATALOG_INTROS["vi"])
        root.add_child(instance=catalog)
        page_publish(catalog)
    translation_ensure(root, locales["en"], lambda page: None)
    english = translation_ensure(catalog, locales["en"], _english_catalog)
    return {"vi": catalog, "en": english}


def _english_catalog(page: Page) -> None:
    page.title, page.intro = CATALOG_TITLES["en"], CATALOG_INTROS["en"]


def _page_permissions(group: Group, page: Page, codenames: list[str]) -> None:
    for codename in codenames:
        permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def _media_permissions(group: Group) -> None:
    root = Collection.get_first_root_node()
    for app_label, codenames in MEDIA_PERMISSIONS.items():
        for codename in codenames:
            permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
            GroupCollectionPermission.objects.get_or_create(group=group, collection=root, permission=permission)


def _workflow(lead_trainers: Group, catalogs: dict[str, CourseIndexPage]) -> Workflow:
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.set([lead_trainers])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for catalog in catalogs.values():
        WorkflowPage.objects.update_or_create(page=catalog, defaults={"workflow": workflow})
    return workflow


@transaction.atomic
def authoring_setup() -> dict[str, CourseIndexPage]:
    """Ensure locales, catalogs (vi and en), trainer permissions and the review workflow exist."""
    locales = _locales()
    catalogs = _catalog(locales)
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    trainers, _ = Group.objects.get_or_create(name=TRAINERS_GROUP)
    lead_trainers, _ = Group.objects.get_or_create(name=LEAD_TRAINERS_GROUP)
    for group in (trainers, lead_trainers):
        group.permissions.add(access_admin)
        _media_permissions(group)
    for catalog in catalogs.values():
        # Trainers edit and submit pages under the catalogs only; lead trainers also publish.
        _page_permissions(trainers, catalog, TRAINER_PAGE_PERMISSIONS)
        _page_permissions(lead_trainers, catalog, LEAD_PAGE_PERMISSIONS)
    _workflow(lead_trainers, catalogs)
    return catalogs
