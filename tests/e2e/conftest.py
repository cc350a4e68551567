import pytest

from tests.conftest import copy_corpus
from tests.e2e.server import LiveServer


@pytest.fixture(scope="session")
def live_server(tmp_path_factory):
    """gunicorn with 2 workers over the bundled corpus; the index is built by the server's own start-up."""
    root = tmp_path_factory.mktemp("live")
    copy_corpus(root / "articles")
    with LiveServer(root, workers=2) as server:
        yield server
