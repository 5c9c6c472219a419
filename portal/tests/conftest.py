# The site-wide tests upload through the news admin: the news tests' fixtures make the editor and a category.
from news.tests.conftest import category, editor, editor_client  # noqa: F401
