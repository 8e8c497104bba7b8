"""ReportLab documents: recovery sheet, referral forms, anonymised summaries (no Qt here)."""
