"""Cheaper key derivation for tests of protected profiles that are not about the key derivation.

Every connection to a protected profile derives its key from the passphrase (PBKDF2-HMAC-SHA512, 256,000
rounds: ~0.15 s of processor time each), and such a test opens many: this was about a third of the processor
time of the files that use it. Importing ``quick_key_derivation`` into a test module makes every test of it
derive keys with ``QUICK_KDF_ITERATIONS`` (through the product's own setting, store.rawdb.KDF_ITERATIONS,
for this process only); a test named in the module's ``REAL_KEY_DERIVATION`` keeps the product's setting
(tests that open a file with sqlcipher directly at its default, or in another process).

The product's default is unchanged; test_shared_privacy.py proves the settings themselves (the stronger
setting, a profile made with older ones re-encrypted when opened)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from careorganiser.store import rawdb

QUICK_KDF_ITERATIONS = 4_000


@pytest.fixture(autouse=True)
def quick_key_derivation(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    name = getattr(request.node, "originalname", request.node.name)
    if name not in getattr(request.module, "REAL_KEY_DERIVATION", ()):
        monkeypatch.setattr(rawdb, "KDF_ITERATIONS", QUICK_KDF_ITERATIONS)
    yield
