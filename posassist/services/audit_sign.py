"""Signing keys for the audit log: Ed25519 (the ``cryptography`` package), held outside the database.

Each counter has its own private key, in a 0600 file in its configuration folder (not the data
folder, so a copy of the database or its backups never carries it) or, when asked for, in the
operating system's keyring (``keyring``, optional). The database keeps only public keys
(``audit_keys``, added by an audited admin action: services/audit_keys.py). What is signed:

- each audit entry's chain hash (``entry_message``), so an entry edited and the chain recomputed
  with sqlite3 and hashlib no longer carries a valid signature, and one whose signature was
  stripped or replaced by a key nobody registered is named;
- each checkpoint a counter keeps outside the database (``checkpoint_message``: sequence number
  and head hash), so truncation and a restored older copy are found.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import importlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from posassist.errors import StorageError
from posassist.i18n import tr
from posassist.private_files import private_dir, private_file

log = logging.getLogger(__name__)

KEYRING_SERVICE = "posassist-audit"


def entry_message(entry_hash: str) -> bytes:
    return b"posassist-audit-entry-v1:" + entry_hash.encode("ascii")


def checkpoint_message(ledger: str, seq: int, head: str, at: str) -> bytes:
    return f"posassist-audit-checkpoint-v1:{ledger}:{seq}:{head}:{at}".encode()


def key_id_of(public_hex: str) -> str:
    """A short stable name for a public key: the first 128 bits of its SHA-256."""
    return hashlib.sha256(bytes.fromhex(public_hex)).hexdigest()[:32]


def signature_ok(public_hex: str, message: bytes, sig: str | None) -> bool:
    if not sig:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex)).verify(base64.b64decode(sig), message)
    except (InvalidSignature, ValueError, binascii.Error):
        return False
    return True


@dataclass(frozen=True)
class SigningKey:
    """This counter's private key (never written to the database) and where it lives."""

    private: Ed25519PrivateKey
    where: str

    @property
    def public_hex(self) -> str:
        raw = self.private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return raw.hex()

    @property
    def key_id(self) -> str:
        return key_id_of(self.public_hex)

    def sign(self, message: bytes) -> str:
        return base64.b64encode(self.private.sign(message)).decode("ascii")

    def sign_entry(self, entry_hash: str) -> tuple[str, str]:
        """(key id, signature) for an audit entry's chain hash: what ``audit.record`` stores."""
        return self.key_id, self.sign(entry_message(entry_hash))


def _raw(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())


def load_or_create(path: Path) -> SigningKey:
    """The key in ``path`` (PEM, PKCS#8), made on first use: 0600 in a 0700 folder. A key file that
    others may read is refused, as the PIN file is."""
    if path.exists():
        mode = path.stat().st_mode & 0o077
        if mode:
            raise StorageError(
                tr(
                    "The audit signing key {path} can be read by others; make it private (chmod 600 {path}).",
                    path=path,
                )
            )
        try:
            key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        except (ValueError, TypeError, OSError) as exc:
            raise StorageError(
                tr(
                    "The audit signing key {path} cannot be read ({exc}); restore it from its backup.",
                    path=path,
                    exc=exc,
                )
            ) from exc
        if not isinstance(key, Ed25519PrivateKey):
            raise StorageError(tr("The audit signing key {path} is not an Ed25519 key.", path=path))
        return SigningKey(key, str(path))
    private_dir(path.parent)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    tmp = path.with_name(path.name + ".new")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, pem)
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        os.link(tmp, path)  # never replaces a key another process made meanwhile
    except FileExistsError:
        tmp.unlink(missing_ok=True)
        return load_or_create(path)
    tmp.unlink(missing_ok=True)
    private_file(path)
    log.info("made a new audit signing key %s", path)
    return SigningKey(key, str(path))


def from_keyring(name: str) -> SigningKey:
    """The key kept in the operating system's keyring under ``name`` (made on first use)."""
    try:  # optional: only when the counter is set up to keep its key there
        keyring = importlib.import_module("keyring")
    except ImportError as exc:
        raise StorageError(
            tr("The audit key is set to the keyring, but the keyring package is not installed (pip install keyring).")
        ) from exc
    stored = keyring.get_password(KEYRING_SERVICE, name)
    if stored:
        return SigningKey(Ed25519PrivateKey.from_private_bytes(bytes.fromhex(stored)), f"keyring:{name}")
    key = Ed25519PrivateKey.generate()
    keyring.set_password(KEYRING_SERVICE, name, _raw(key).hex())
    return SigningKey(key, f"keyring:{name}")


def counter_key(setting: str | None, default_path: Path) -> SigningKey:
    """The counter's key as configured: ``keyring`` or ``keyring:NAME``, a file path, or the default
    file in the configuration folder."""
    if setting and (setting == "keyring" or setting.startswith("keyring:")):
        return from_keyring(setting.partition(":")[2] or "counter")
    return load_or_create(Path(setting).expanduser() if setting else default_path)


def _pending_path(where: str) -> Path:
    path = Path(where)
    return path.with_name(path.name + ".next")


def replace_key(key: SigningKey, *, commit: bool) -> SigningKey:
    """A key rotation in two steps. ``commit=False``: a new key for the place ``key`` lives in,
    written beside it (``<file>.next``, 0600) but not used yet. ``commit=True`` (``key`` being that
    new key, once the database has registered it): the file (or the keyring entry) is replaced."""
    keyring_name = key.where.partition(":")[2] if key.where.startswith("keyring:") else None
    if not commit:
        fresh = Ed25519PrivateKey.generate()
        if keyring_name is None:
            pem = fresh.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
            pending = _pending_path(key.where)
            fd = os.open(pending, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            try:
                os.write(fd, pem)
                os.fsync(fd)
            finally:
                os.close(fd)
        return SigningKey(fresh, key.where)
    if keyring_name is not None:
        keyring = importlib.import_module("keyring")
        keyring.set_password(KEYRING_SERVICE, keyring_name or "counter", _raw(key.private).hex())
        return key
    os.replace(_pending_path(key.where), key.where)
    private_file(Path(key.where))
    return key


def discard_pending(key: SigningKey) -> None:
    """A rotation that did not happen: the new key written beside the old one is removed."""
    if not key.where.startswith("keyring:"):
        _pending_path(key.where).unlink(missing_ok=True)
