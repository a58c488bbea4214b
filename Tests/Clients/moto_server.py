"""moto's server, with two fixes to its IAM enforcement (moto 5), both in how it checks a
request, not in what it allows:
- STS AssumeRoleWithWebIdentity is unsigned in AWS (the web identity token is the
  credential), but moto authorizes it like a signed call and fails with a KeyError on the
  missing Authorization header;
- moto recomputes a signature over the query string as werkzeug decoded it, so a signed
  ListObjectsV2 with `prefix=events%2Fdata%2F` fails with SignatureDoesNotMatch: the check
  here sees the query string as it was sent.
Usage as moto.server's."""
from urllib.parse import urlparse

from moto.core.authorization import ActionAuthenticatorMixin

UNSIGNED = {"AssumeRoleWithWebIdentity", "AssumeRoleWithSAML"}
_authorize = ActionAuthenticatorMixin._authenticate_and_authorize_action


def _authorize_signed_only(self, iam_request_cls, resource="*"):
    if self._get_action() in UNSIGNED and "Authorization" not in self.headers:
        return None
    raw = getattr(getattr(self, "request", None), "environ", {}).get("RAW_URI", "")
    if "?" not in raw:
        return _authorize(self, iam_request_cls, resource)
    decoded = self.uri
    self.uri = urlparse(decoded)._replace(query=raw.split("?", 1)[1]).geturl()
    try:
        return _authorize(self, iam_request_cls, resource)
    finally:
        self.uri = decoded


ActionAuthenticatorMixin._authenticate_and_authorize_action = _authorize_signed_only

if __name__ == "__main__":
    from moto.server import main
    main()
