"""The S3 storage of uploads, built here so the settings and the tests against an S3
emulation (tests/deploy/test_media_s3.py) configure the same backend."""


def s3_media_storage(bucket, endpoint_url="", region="", access_key="", secret_key="", domain=""):
    """STORAGES["default"] for an S3-compatible `bucket`.

    Unsigned, stable image URLs (cached pages and phones keep them), under `domain` when set;
    the bucket policy allows public reading of images/ and original_images/ only. Documents
    are streamed through the site (WAGTAILDOCS_SERVE_METHOD), after its members-only check.
    """
    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": bucket,
            "endpoint_url": endpoint_url or None,
            "region_name": region or None,
            "access_key": access_key or None,
            "secret_key": secret_key or None,
            "custom_domain": domain or None,
            "default_acl": None,
            "querystring_auth": False,
            "file_overwrite": False,
        },
    }
