# Mirrors `make run`: install pinned dependencies, build the index, serve with gunicorn. docker-compose.yml puts
# nginx in front (deploy/nginx/); gunicorn is not meant to face clients directly.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    HOST=0.0.0.0 \
    PORT=8000 \
    WEB_CONCURRENCY=2 \
    CLAIMDEX_DATA_DIR=/app/data/articles \
    CLAIMDEX_INDEX_DIR=/app/index

RUN groupadd --gid 10001 claimdex && useradd --create-home --uid 10001 --gid 10001 claimdex
WORKDIR /app

COPY requirements.txt ./
RUN pip install --no-cache-dir --require-hashes -r requirements.txt

COPY service ./service
COPY data ./data
RUN python -m service index build && chown -R 10001:10001 /app/data /app/index

# Numeric, so that a runtime can verify it is not root without reading /etc/passwd.
USER 10001:10001
EXPOSE 8000
# Ready, not merely alive: /ready answers 503 until an index is loaded. Exec form: slim images have no curl.
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/ready' % os.environ.get('PORT', '8000'), timeout=2)"]

CMD ["gunicorn", "-c", "python:service.gunicorn_conf", "service.wsgi:app"]
