<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddUserDialog</name>
    <message numerus="yes">
        <location filename="../../tipdesk/ui/admin/user_dialogs.py" line="+193"/>
        <source>Type a user name of letters, digits, dots, dashes or underscores, without spaces (at most %n characters).</source>
        <translation>
            <numerusform>Type a user name of letters, digits, dots, dashes or underscores, without spaces (at most %n character).</numerusform>
            <numerusform>Type a user name of letters, digits, dots, dashes or underscores, without spaces (at most %n characters).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message numerus="yes">
        <location filename="../../tipdesk/ui/case_table_model.py" line="+177"/>
        <source>A follow-up action is %n day(s) overdue.</source>
        <translation>
            <numerusform>A follow-up action is %n day overdue.</numerusform>
            <numerusform>A follow-up action is %n days overdue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message numerus="yes">
        <location filename="../../tipdesk/ui/cases/cases_page.py" line="+253"/>
        <source>%n case(s).</source>
        <translation>
            <numerusform>%n case.</numerusform>
            <numerusform>%n cases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message numerus="yes">
        <location filename="../../tipdesk/ui/password_dialog.py" line="+173"/>
        <source>use at least %n characters</source>
        <translation>
            <numerusform>use at least %n character</numerusform>
            <numerusform>use at least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message numerus="yes">
        <location filename="../../tipdesk/ui/cases/consent_tab.py" line="+146"/>
        <source>Consent withdrawn. %n open referral(s) relied on it and were flagged: see the Referrals tab.</source>
        <translation>
            <numerusform>Consent withdrawn. %n open referral relied on it and was flagged: see the Referrals tab.</numerusform>
            <numerusform>Consent withdrawn. %n open referrals relied on it and were flagged: see the Referrals tab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message numerus="yes">
        <location filename="../../tipdesk/ui/cases/import_dialog.py" line="+41"/>
        <source>Every row of %1 can be read, but %n row(s) may describe a person who already has a case. Open those cases and compare. If they are different people, import the file anyway.</source>
        <translation>
            <numerusform>Every row of %1 can be read, but %n row may describe a person who already has a case. Open that case and compare. If they are different people, import the file anyway.</numerusform>
            <numerusform>Every row of %1 can be read, but %n rows may describe a person who already has a case. Open those cases and compare. If they are different people, import the file anyway.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n problem(s) were found in %1. Correct them in the file (the row numbers are those of the spreadsheet) and import it again.</source>
        <translation>
            <numerusform>%n problem was found in %1. Correct it in the file (the row numbers are those of the spreadsheet) and import it again.</numerusform>
            <numerusform>%n problems were found in %1. Correct them in the file (the row numbers are those of the spreadsheet) and import it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NeedsTab</name>
    <message numerus="yes">
        <location filename="../../tipdesk/ui/cases/needs_tab.py" line="+97"/>
        <source>Saved: %n sector(s) changed.</source>
        <translation>
            <numerusform>Saved: %n sector changed.</numerusform>
            <numerusform>Saved: %n sectors changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message numerus="yes">
        <location filename="../../tipdesk/ui/cases/profile_tab.py" line="+278"/>
        <source>Saved: %n field(s) changed.</source>
        <translation>
            <numerusform>Saved: %n field changed.</numerusform>
            <numerusform>Saved: %n fields changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralTableModel</name>
    <message numerus="yes">
        <location filename="../../tipdesk/ui/referral_table_model.py" line="+128"/>
        <source>No answer from the provider %n day(s) after the deadline.</source>
        <translation>
            <numerusform>No answer from the provider %n day after the deadline.</numerusform>
            <numerusform>No answer from the provider %n days after the deadline.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterImport</name>
    <message numerus="yes">
        <location filename="../../tipdesk/ui/cases/import_dialog.py" line="+73"/>
        <source>%n case(s) were imported: %1 to %2.</source>
        <translation>
            <numerusform>%n case was imported: %1.</numerusform>
            <numerusform>%n cases were imported: %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message numerus="yes">
        <location filename="../../tipdesk/ui/cases/record_dialog.py" line="+155"/>
        <source>Answer every safety question (%n left).</source>
        <translation>
            <numerusform>Answer every safety question (%n left).</numerusform>
            <numerusform>Answer every safety question (%n left).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message numerus="yes">
        <location filename="../../tipdesk/ui/setup_dialog.py" line="+177"/>
        <source>Type a user name of letters, digits, dots, dashes or underscores, without spaces (at most %n characters).</source>
        <translation>
            <numerusform>Type a user name of letters, digits, dots, dashes or underscores, without spaces (at most %n character).</numerusform>
            <numerusform>Type a user name of letters, digits, dots, dashes or underscores, without spaces (at most %n characters).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>use at least %n characters</source>
        <translation>
            <numerusform>use at least %n character</numerusform>
            <numerusform>use at least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message numerus="yes">
        <location filename="../../tipdesk/ui/app.py" line="+169"/>
        <source>TIPDesk locked itself after %n min without use.</source>
        <translation>
            <numerusform>TIPDesk locked itself after %n minute without use.</numerusform>
            <numerusform>TIPDesk locked itself after %n minutes without use.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message numerus="yes">
        <location filename="../../tipdesk/ui/strength_meter.py" line="+41"/>
        <source>Strength: type at least %n characters.</source>
        <translation>
            <numerusform>Strength: type at least %n character.</numerusform>
            <numerusform>Strength: type at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use at least %n character.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message numerus="yes">
        <location filename="../../tipdesk/ui/unlock_dialog.py" line="+236"/>
        <source>&amp;Sign in (%n s)</source>
        <translation>
            <numerusform>&amp;Sign in (%n s)</numerusform>
            <numerusform>&amp;Sign in (%n s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Several attempts have failed. Wait %n seconds before trying again.</source>
        <translation>
            <numerusform>Several attempts have failed. Wait %n second before trying again.</numerusform>
            <numerusform>Several attempts have failed. Wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <location filename="../../tipdesk/cli/data_commands.py" line="+87"/>
        <source>Imported %n case(s) ({first} to {last}).</source>
        <translation>
            <numerusform>Imported %n case ({first} to {last}).</numerusform>
            <numerusform>Imported %n cases ({first} to {last}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Exported %n service(s) to {file}.</source>
        <translation>
            <numerusform>Exported %n service to {file}.</numerusform>
            <numerusform>Exported %n services to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>Added %n fictional case(s).</source>
        <translation>
            <numerusform>Added %n fictional case.</numerusform>
            <numerusform>Added %n fictional cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tipdesk/cli/office_commands.py" line="+87"/>
        <location line="+24"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-23"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>Purged %n closed case(s) past the retention period.</source>
        <translation>
            <numerusform>Purged %n closed case past the retention period.</numerusform>
            <numerusform>Purged %n closed cases past the retention period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n closed case(s) are past the retention period; &apos;tipdesk purge --expired&apos; purges them.</source>
        <translation>
            <numerusform>%n closed case is past the retention period; &apos;tipdesk purge --expired&apos; purges it.</numerusform>
            <numerusform>%n closed cases are past the retention period; &apos;tipdesk purge --expired&apos; purges them.</numerusform>
        </translation>
    </message>
</context>
</TS>
