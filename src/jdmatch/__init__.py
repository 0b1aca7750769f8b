"""jdmatch: match a job description against a CV and prepare for the hiring manager."""

__version__ = "0.1.0"
