"""Everything that leaves the vault on the user's request: JSON, PDF, JSON Resume."""
