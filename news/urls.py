from django.urls import path

from news import feeds, views

app_name = "news"

urlpatterns = [
    path("news/", views.PostListView.as_view(), name="list"),
    path("news/feed/", feeds.LatestPostsFeed(), name="feed"),
    path("news/preview/<int:pk>/", views.PostPreviewView.as_view(), name="preview"),
    path("news/<int:year>/<slug:slug>/", views.PostDetailView.as_view(), name="post"),
    path("news/<slug:slug>/", views.CategoryPostListView.as_view(), name="category"),
    path("news/<slug:slug>/feed/", feeds.LatestPostsFeed(), name="category_feed"),
    path("documents/", views.DocumentListView.as_view(), name="documents"),
]
