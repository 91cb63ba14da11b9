from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "lms.core"
    label = "core"
    verbose_name = "Core"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Page, PageViewRestriction, Site
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from .pagecache import public_pages_retire

        # Any change to the tree can change a cached page (titles in lesson lists, links).
        page_published.connect(public_pages_retire, dispatch_uid="public-pages-published")
        page_unpublished.connect(public_pages_retire, dispatch_uid="public-pages-unpublished")
        post_page_move.connect(public_pages_retire, dispatch_uid="public-pages-moved")
        post_delete.connect(public_pages_retire, sender=Page, dispatch_uid="public-pages-deleted")
        # Cached routes carry the site and the view restrictions that applied.
        for model in (PageViewRestriction, Site):
            post_save.connect(public_pages_retire, sender=model, dispatch_uid=f"public-pages-{model.__name__}-saved")
            post_delete.connect(public_pages_retire, sender=model, dispatch_uid=f"public-pages-{model.__name__}-gone")
