"""Key slots: the database key, sealed once per user and once for the recovery code.

The side file (``office.tipdesk.keys`` next to ``office.tipdesk``) is JSON:

    {"format": "tipdesk-keyslots", "version": 1, "database_id": "<uuid>",
     "lookup_salt": "<b64>", "slots": [{"id": "<hex>", "kind": "user"|"recovery",
       "kdf": {"name": "scrypt", "n": 131072, "r": 8, "p": 1, "salt": "<b64>"},
       "private_key": {"nonce": "<b64>", "ciphertext": "<b64>"},
       "public_key": "<b64>",
       "sealed_keys": [{"key_id": "<hex>", "ephemeral": "<b64>", "nonce": "<b64>",
                        "ciphertext": "<b64>"}]}]}

Each slot has an X25519 key pair. Its private key is wrapped with AES-256-GCM under a key
derived from the slot's secret (the user's password or the recovery code) by scrypt; the
database key is sealed to its public key (ephemeral X25519, HKDF-SHA256, AES-256-GCM). So an
administrator can rotate the database key for every slot without knowing anyone's password,
and during a rotation a slot holds both keys (the database opens with whichever it has).

A user slot's id is an HMAC of the case-folded user name under `lookup_salt`, so the file is
not a readable staff list. The associated data binds every ciphertext to its file and slot,
so slots cannot be swapped. The file is always rewritten atomically (temporary file, fsync,
rename).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import unicodedata
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from tipdesk.errors import AuthenticationFailed, BadInput, IntegrityFailure
from tipdesk.i18n import translate
from tipdesk.store.atomic import atomic_write_bytes

FORMAT = "tipdesk-keyslots"
VERSION = 1
KEY_BYTES = 32
RECOVERY_SLOT_ID = "recovery"
# scrypt cost: 128 MiB of memory and about 0.4 s per guess on a modest laptop.
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
_RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I
_RECOVERY_GROUPS = 6


def keys_path_for(db_path: Path) -> Path:
    """The key-slot file that belongs to a database file."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".keys")


def new_database_key() -> bytes:
    """A fresh random 256-bit database key."""
    return secrets.token_bytes(KEY_BYTES)


def new_recovery_code() -> str:
    """A recovery code of 6 groups of 4 characters (120 bits), e.g. ``K7QX-...``."""
    chars = [secrets.choice(_RECOVERY_ALPHABET) for _ in range(4 * _RECOVERY_GROUPS)]
    return "-".join("".join(chars[i : i + 4]) for i in range(0, len(chars), 4))


def normalise_recovery_code(code: str) -> str:
    """The recovery code as typed, without spaces or dashes, upper-cased."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def normalise_username(username: str) -> str:
    """User names are matched without regard to case or Unicode form."""
    return unicodedata.normalize("NFC", username.strip()).casefold()


def _secret_bytes(secret: str) -> bytes:
    return unicodedata.normalize("NFC", secret).encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass
class KeySlotFile:
    """The key slots of one database, loaded in memory; `save()` writes them back atomically."""

    path: Path
    database_id: str
    lookup_salt: bytes
    slots: dict[str, dict] = field(default_factory=dict)

    # -- creating, loading, saving -------------------------------------------------------
    @classmethod
    def new(cls, path: Path) -> KeySlotFile:
        """An empty slot file for a new database (not written until `save()`)."""
        return cls(Path(path), str(uuid.uuid4()), secrets.token_bytes(16))

    @classmethod
    def load(cls, path: Path) -> KeySlotFile:
        """Read a slot file, refusing anything that is not a well-formed TIPDesk key file."""
        path = Path(path)
        if not path.exists():
            raise BadInput(
                translate(
                    "keyslots",
                    "The key file {path} is missing. Without it the database cannot "
                    "be opened: put back the .keys file from a backup, or restore "
                    "the whole backup.",
                ).format(path=path)
            )
        damaged = IntegrityFailure(
            translate(
                "keyslots",
                "The key file {path} is damaged or is not a TIPDesk key file. "
                "Nothing was changed: put back the .keys file from a backup, or "
                "restore the whole backup.",
            ).format(path=path)
        )
        try:
            data = json.loads(path.read_bytes().decode("utf-8"))
            if data.get("format") != FORMAT:
                raise damaged
            if data.get("version") != VERSION:
                raise IntegrityFailure(
                    translate(
                        "keyslots",
                        "The key file {path} has format version {value}, which this "
                        "TIPDesk does not know. Install the TIPDesk version that made it.",
                    ).format(path=path, value=data.get("version"))
                )
            slots = {}
            for slot in data["slots"]:
                _unb64(slot["kdf"]["salt"])
                _unb64(slot["private_key"]["ciphertext"])
                _unb64(slot["public_key"])
                for sealed in slot["sealed_keys"]:
                    _unb64(sealed["ciphertext"])
                slots[slot["id"]] = slot
            return cls(path, str(data["database_id"]), _unb64(data["lookup_salt"]), slots)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise damaged from exc

    def to_bytes(self) -> bytes:
        data = {
            "format": FORMAT,
            "version": VERSION,
            "database_id": self.database_id,
            "lookup_salt": _b64(self.lookup_salt),
            "slots": list(self.slots.values()),
        }
        return json.dumps(data, indent=1, sort_keys=True).encode("utf-8")

    def save(self, path: Path | None = None) -> None:
        """Write the slots atomically to `path` (default: where they were loaded from)."""
        atomic_write_bytes(Path(path or self.path), self.to_bytes())

    # -- slots -----------------------------------------------------------------------------
    def user_slot_id(self, username: str) -> str:
        digest = hmac.new(self.lookup_salt, normalise_username(username).encode(), "sha256")
        return digest.hexdigest()

    def has_user(self, username: str) -> bool:
        return self.user_slot_id(username) in self.slots

    def user_slot_count(self) -> int:
        return sum(1 for slot in self.slots.values() if slot["kind"] == "user")

    def set_user_slot(self, username: str, password: str, database_key: bytes) -> None:
        """Add or replace the slot that `password` opens for `username`."""
        slot_id = self.user_slot_id(username)
        self.slots[slot_id] = self._wrap(slot_id, "user", _secret_bytes(password), database_key)

    def remove_user_slot(self, username: str) -> None:
        self.slots.pop(self.user_slot_id(username), None)

    def set_recovery_slot(self, recovery_code: str, database_key: bytes) -> None:
        secret = normalise_recovery_code(recovery_code).encode("ascii")
        self.slots[RECOVERY_SLOT_ID] = self._wrap(
            RECOVERY_SLOT_ID, "recovery", secret, database_key
        )

    def unlock_user(self, username: str, password: str) -> list[bytes]:
        """The database keys `password` opens in `username`'s slot (two during a rotation)."""
        slot = self.slots.get(self.user_slot_id(username))
        if slot is None:
            _burn_equal_time()
            raise AuthenticationFailed(
                translate("keyslots", "Wrong user name or password. Check both and try again.")
            )
        keys = self._open(slot, _secret_bytes(password))
        if not keys:
            raise AuthenticationFailed(
                translate("keyslots", "Wrong user name or password. Check both and try again.")
            )
        return keys

    def unlock_recovery(self, recovery_code: str) -> list[bytes]:
        """The database keys the recovery code opens (two during a rotation)."""
        slot = self.slots.get(RECOVERY_SLOT_ID)
        secret = normalise_recovery_code(recovery_code).encode("ascii", "replace")
        keys = self._open(slot, secret) if slot else []
        if not keys:
            raise AuthenticationFailed(
                translate(
                    "keyslots",
                    "That recovery code does not open this database. Check it "
                    "against the printed copy (letters and digits only; dashes and "
                    "spaces do not matter).",
                )
            )
        return keys

    # -- key rotation ----------------------------------------------------------------------
    def add_key_to_every_slot(self, database_key: bytes) -> None:
        """Seal a further database key into every slot (no password needed)."""
        for slot in self.slots.values():
            slot["sealed_keys"] = [
                s for s in slot["sealed_keys"] if s["key_id"] != key_id(database_key)
            ]
            slot["sealed_keys"].append(self._seal(slot["id"], slot["public_key"], database_key))

    def keep_only_key(self, database_key: bytes) -> None:
        """Drop every sealed key but `database_key` from every slot."""
        wanted = key_id(database_key)
        for slot in self.slots.values():
            kept = [s for s in slot["sealed_keys"] if s["key_id"] == wanted]
            if not kept:
                raise IntegrityFailure(
                    translate(
                        "keyslots", "A key slot lacks the new database key; rotation stopped."
                    )
                )
            slot["sealed_keys"] = kept

    # -- wrapping --------------------------------------------------------------------------
    def _aad(self, slot_id: str, part: str) -> bytes:
        return f"{FORMAT}:{VERSION}:{self.database_id}:{slot_id}:{part}".encode()

    def _wrap(self, slot_id: str, kind: str, secret: bytes, database_key: bytes) -> dict:
        salt = secrets.token_bytes(16)
        kek = _derive(secret, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
        private = X25519PrivateKey.generate()
        private_raw = private.private_bytes_raw()
        nonce = secrets.token_bytes(12)
        public = _b64(private.public_key().public_bytes_raw())
        return {
            "id": slot_id,
            "kind": kind,
            "kdf": {
                "name": "scrypt",
                "n": SCRYPT_N,
                "r": SCRYPT_R,
                "p": SCRYPT_P,
                "salt": _b64(salt),
            },
            "private_key": {
                "nonce": _b64(nonce),
                "ciphertext": _b64(
                    AESGCM(kek).encrypt(nonce, private_raw, self._aad(slot_id, "private"))
                ),
            },
            "public_key": public,
            "sealed_keys": [self._seal(slot_id, public, database_key)],
        }

    def _seal(self, slot_id: str, public_b64: str, database_key: bytes) -> dict:
        ephemeral = X25519PrivateKey.generate()
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(_unb64(public_b64)))
        ephemeral_public = ephemeral.public_key().public_bytes_raw()
        nonce = secrets.token_bytes(12)
        sealing_key = _hkdf(shared, ephemeral_public)
        return {
            "key_id": key_id(database_key),
            "ephemeral": _b64(ephemeral_public),
            "nonce": _b64(nonce),
            "ciphertext": _b64(
                AESGCM(sealing_key).encrypt(nonce, database_key, self._aad(slot_id, "sealed"))
            ),
        }

    def _open(self, slot: dict, secret: bytes) -> list[bytes]:
        kdf = slot["kdf"]
        if kdf.get("name") != "scrypt":
            raise IntegrityFailure(
                translate("keyslots", "Key file {path} uses an unknown key derivation.").format(
                    path=self.path
                )
            )
        kek = _derive(secret, _unb64(kdf["salt"]), int(kdf["n"]), int(kdf["r"]), int(kdf["p"]))
        try:
            private_raw = AESGCM(kek).decrypt(
                _unb64(slot["private_key"]["nonce"]),
                _unb64(slot["private_key"]["ciphertext"]),
                self._aad(slot["id"], "private"),
            )
        except InvalidTag:
            return []
        private = X25519PrivateKey.from_private_bytes(private_raw)
        keys = []
        for sealed in slot["sealed_keys"]:
            ephemeral_public = _unb64(sealed["ephemeral"])
            shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
            try:
                key = AESGCM(_hkdf(shared, ephemeral_public)).decrypt(
                    _unb64(sealed["nonce"]),
                    _unb64(sealed["ciphertext"]),
                    self._aad(slot["id"], "sealed"),
                )
            except InvalidTag as exc:
                raise IntegrityFailure(
                    translate(
                        "keyslots",
                        "A key slot in {path} is damaged. Nothing was changed: put back "
                        "the .keys file from a backup, or use the recovery code.",
                    ).format(path=self.path)
                ) from exc
            if len(key) == KEY_BYTES:
                keys.append(key)
        return list(reversed(keys))  # the newest key first


def key_id(database_key: bytes) -> str:
    """A non-reversible label that tells database keys apart (never the key itself)."""
    return hashlib.sha256(b"tipdesk-key-id:" + database_key).hexdigest()[:16]


def _hkdf(shared: bytes, ephemeral_public: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=ephemeral_public, info=b"tipdesk-keyslot-seal-v1"
    ).derive(shared)


def _derive(secret: bytes, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(secret)


def _burn_equal_time() -> None:
    """Spend one key derivation so an unknown user name takes as long as a wrong password."""
    _derive(b"", b"\0" * 16, SCRYPT_N, SCRYPT_R, SCRYPT_P)
