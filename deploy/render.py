"""Render the deployment files of this folder with a site's values.

    python3 deploy/render.py nginx --server-names "kcnthanhbinh.vn www.kcnthanhbinh.vn" \
        --app-dir /srv/thanh-binh-portal --app-ports 8001,8002 \
        --tls-certificate /etc/letsencrypt/live/kcnthanhbinh.vn/fullchain.pem \
        --tls-certificate-key /etc/letsencrypt/live/kcnthanhbinh.vn/privkey.pem \
        (--media-root /srv/thanh-binh-portal/media | --s3-endpoint https://s3.example.vn --s3-bucket NAME) \
        > /etc/nginx/sites-available/thanh-binh-portal

Needs nothing but Python 3.
"""

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def media_source(args, folder=""):
    """Where the files under /media/<folder> come from: the bucket, or the media folder on disk."""
    if args.s3_endpoint:
        # Through to the bucket (path-style addressing), showing nothing of the storage's own headers.
        endpoint = args.s3_endpoint.rstrip("/")
        return "\n        ".join(
            [
                f"proxy_pass {endpoint}/{args.s3_bucket}/{folder};",
                # An HTTPS endpoint is asked for by its name (SNI), as S3 services expect.
                "proxy_ssl_server_name on;",
                "proxy_intercept_errors on;",
                "proxy_hide_header x-amz-id-2;",
                "proxy_hide_header x-amz-request-id;",
                "proxy_hide_header Set-Cookie;",
                # The documents' disposition is set here, whatever the object says.
                "proxy_hide_header Content-Disposition;",
                "proxy_ignore_headers Set-Cookie;",
                "expires 7d;",
            ]
        )
    return f"alias {args.media_root.rstrip('/')}/{folder}; expires 7d;"


def render_nginx(args):
    if bool(args.s3_endpoint) == bool(args.media_root):
        sys.exit("Give either --media-root (local disk) or --s3-endpoint and --s3-bucket.")
    if args.s3_endpoint and not args.s3_bucket:
        sys.exit("--s3-endpoint needs --s3-bucket.")
    servers = "\n    ".join(
        f"server 127.0.0.1:{port.strip()} max_fails=1 fail_timeout=10s;" for port in args.app_ports.split(",")
    )
    text = (HERE / "nginx.conf.template").read_text()
    for name, value in {
        "APP_SERVERS": servers,
        "SERVER_NAMES": args.server_names,
        "HTTP_PORT": str(args.http_port),
        "HTTPS_PORT": str(args.https_port),
        "TLS_CERTIFICATE": args.tls_certificate,
        "TLS_CERTIFICATE_KEY": args.tls_certificate_key,
        "APP_DIR": args.app_dir.rstrip("/"),
        "MEDIA_SOURCE": media_source(args),
        "DOCUMENTS_SOURCE": media_source(args, "documents/"),
    }.items():
        text = text.replace(f"@@{name}@@", value)
    if "@@" in text:
        sys.exit("A value of the template was left unfilled.")
    return text


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="what", required=True)
    nginx = sub.add_parser("nginx", help="the nginx site")
    nginx.add_argument("--server-names", required=True)
    nginx.add_argument("--app-dir", required=True)
    nginx.add_argument("--app-ports", default="8001,8002")
    nginx.add_argument("--http-port", type=int, default=80)
    nginx.add_argument("--https-port", type=int, default=443)
    nginx.add_argument("--tls-certificate", required=True)
    nginx.add_argument("--tls-certificate-key", required=True)
    nginx.add_argument("--media-root")
    nginx.add_argument("--s3-endpoint")
    nginx.add_argument("--s3-bucket")
    args = parser.parse_args(argv)
    sys.stdout.write(render_nginx(args))


if __name__ == "__main__":
    main()
