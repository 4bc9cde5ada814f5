"""The project's own test keys, made once per test session (RSA key generation is slow)."""

from __future__ import annotations

import base64
import socket
from datetime import timedelta

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from cryptography.x509.oid import NameOID
from joserfc.jwk import ECKey, RSAKey

from portfolio_app.credentials import contexts
from tests.credentials.makers import NOW, Ed25519Issuer, P256Issuer, Secp256k1Issuer


@pytest.fixture(scope="session")
def issuer() -> Ed25519Issuer:
    return Ed25519Issuer(ed25519.Ed25519PrivateKey.generate())


@pytest.fixture(scope="session")
def other_issuer() -> Ed25519Issuer:
    return Ed25519Issuer(ed25519.Ed25519PrivateKey.generate())


@pytest.fixture(scope="session")
def rsa_private() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="session")
def rsa_jose(rsa_private: rsa.RSAPrivateKey) -> RSAKey:
    pem = rsa_private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return RSAKey.import_key(pem)


@pytest.fixture(scope="session")
def ec_certificate() -> tuple[ECKey, str]:
    """A P-256 key and a self-signed certificate for it (base64 DER, as in ``x5c``)."""
    private = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "CVO Testschool")])
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(private.public_key())
        .serial_number(1)
        .not_valid_before(NOW - timedelta(days=365))
        .not_valid_after(NOW + timedelta(days=365))
        .sign(private, hashes.SHA256())
    )
    pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    der = certificate.public_bytes(serialization.Encoding.DER)
    return ECKey.import_key(pem), base64.b64encode(der).decode()


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading a credential never goes online: any connection or name lookup fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"a credential test tried to use the network: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture
def context_requests(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every context URL the app's loader is asked for; an unbundled one fails the test
    unless the test expects it (and then says so by checking this list)."""
    asked: list[str] = []
    real = contexts.document

    def recording(url: str) -> object:
        asked.append(url)
        return real(url)

    monkeypatch.setattr(contexts, "document", recording)
    return asked


@pytest.fixture(scope="session")
def p256_issuer() -> P256Issuer:
    return P256Issuer(ec.generate_private_key(ec.SECP256R1()))


@pytest.fixture(scope="session")
def secp256k1_issuer() -> Secp256k1Issuer:
    return Secp256k1Issuer(ec.generate_private_key(ec.SECP256K1()))
