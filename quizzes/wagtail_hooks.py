"""Item analysis in the admin, for whoever may edit the quiz."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem

from .models import QuizPage
from .selectors import item_analysis


def analysis_view(request, page_id: int):
    quiz = get_object_or_404(QuizPage, pk=page_id)
    if not quiz.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return TemplateResponse(
        request, "quizzes/admin/item_analysis.html", {"quiz": quiz, "analysis": item_analysis(quiz=quiz)}
    )


@hooks.register("register_admin_urls")
def urls():
    return [path("quizzes/<int:page_id>/analysis/", analysis_view, name="quiz_item_analysis")]


class ItemAnalysisButton(PageMenuItem):
    icon_name = "table"
    priority = 60

    def is_shown(self, user) -> bool:
        return self.page.permissions_for_user(user).can_edit()


@hooks.register("register_page_header_buttons")
def analysis_header_button(page, user, view_name, next_url=None):
    if issubclass(page.specific_class or type(page), QuizPage):
        yield ItemAnalysisButton(_("Item analysis"), reverse("quiz_item_analysis", args=[page.pk]), page=page)
