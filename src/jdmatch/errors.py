"""The errors jdmatch raises: one base class, one subclass per problem a user can act on."""

from __future__ import annotations

from pathlib import Path


class JdmatchError(Exception):
    """Base of every error jdmatch reports to a person.

    ``str(error)`` is one line: the file, what happened and what to do.
    """

    def __init__(self, message: str, path: str | Path | None = None) -> None:
        self.path = str(path) if path is not None else None
        self.message = message
        super().__init__(f"{self.path}: {message}" if self.path else message)


class DocumentNotFoundError(JdmatchError):
    """The path does not exist."""


class NotAFileError(JdmatchError):
    """The path is a directory or another kind of non-regular file."""


class UnreadableFileError(JdmatchError):
    """The file exists but cannot be read (permissions, I/O error, link loop)."""


class UnsupportedTypeError(JdmatchError):
    """The file is of a type jdmatch does not read (an image, a spreadsheet, an archive)."""


class EncryptedPdfError(JdmatchError):
    """The PDF is password-protected."""


class NoTextLayerError(JdmatchError):
    """The PDF has pages but no text: most likely a scan."""


class CorruptFileError(JdmatchError):
    """The file claims a type but its content is broken."""


class FileTooLargeError(JdmatchError):
    """The file or its content is above a configured limit."""


class TimeLimitError(JdmatchError):
    """Reading the file took longer than the time budget per document."""


class EmptyDocumentError(JdmatchError):
    """No text came out of the document."""


class TaxonomyError(JdmatchError):
    """A taxonomy file is malformed."""


class ProfileError(JdmatchError):
    """A profile of corrections (--profile, or profile.json in the config folder) is malformed."""


class OutputError(JdmatchError):
    """A report could not be written."""
