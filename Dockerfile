# Mirrors `make run`: install pinned dependencies, build the index, serve with gunicorn.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    HOST=0.0.0.0 \
    PORT=8000 \
    WEB_CONCURRENCY=2 \
    CLAIMDEX_DATA_DIR=/app/data/articles \
    CLAIMDEX_INDEX_DIR=/app/index

RUN useradd --create-home --uid 10001 claimdex
WORKDIR /app

COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt

COPY service ./service
COPY data ./data
RUN python -m service index build && chown -R claimdex:claimdex /app/data /app/index

USER claimdex
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD python -c "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/health' % os.environ.get('PORT', '8000'), timeout=2)" || exit 1

CMD ["gunicorn", "-c", "python:service.gunicorn_conf", "service.wsgi:app"]
