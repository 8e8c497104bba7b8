"""The Referrals section: the queue, feedback, printed forms, and the new-referral dialog."""

from tipdesk.ui.referrals.new_referral_dialog import NewReferralDialog, open_new_referral
from tipdesk.ui.referrals.referrals_page import ReferralsPage

__all__ = ["NewReferralDialog", "ReferralsPage", "open_new_referral"]
