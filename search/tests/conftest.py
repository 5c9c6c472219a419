# Search reads the news: the news tests' fixtures make the posts.
from news.tests.conftest import category, three_posts  # noqa: F401
