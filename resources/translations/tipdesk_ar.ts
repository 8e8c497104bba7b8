<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../tipdesk/ui/about_dialog.py" line="+19"/>
        <source>About TIPDesk</source>
        <translation>حول TIPDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TIPDesk</source>
        <translation>TIPDesk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Case management for humanitarian protection staff who meet victims of trafficking: one field office, one laptop, no network.</source>
        <translation>إدارة الحالات لموظفي الحماية الإنسانية الذين يلتقون بضحايا الاتجار بالأشخاص: مكتب ميداني واحد، وحاسوب محمول واحد، بلا شبكة.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Version:</source>
        <translation>الإصدار:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office:</source>
        <translation>المكتب:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database file:</source>
        <translation>ملف قاعدة البيانات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in:</source>
        <translation>المستخدم الحالي:</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../tipdesk/ui/admin/user_dialogs.py" line="+163"/>
        <source>&amp;Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation type="unfinished">اسم المستخدم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. fatou</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation type="unfinished">الاسم الكامل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Fatou Ndiaye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User name:</source>
        <translation type="unfinished">اسم ال&amp;مستخدم:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Full name:</source>
        <translation type="unfinished">الاسم ال&amp;كامل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new colleague signs in with this temporary password and must choose their own at the first sign-in. Give it to them in person, never by message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Type a user name of letters, digits, dots, dashes or underscores, without spaces (at most %n characters).</source>
        <translation type="unfinished">
            <numerusform>اكتب اسم مستخدم من حروف أو أرقام أو نقاط أو شرطات، بلا مسافات (%n حرف على الأكثر).</numerusform>
            <numerusform>اكتب اسم مستخدم من حروف أو أرقام أو نقاط أو شرطات، بلا مسافات (حرف واحد على الأكثر).</numerusform>
            <numerusform>اكتب اسم مستخدم من حروف أو أرقام أو نقاط أو شرطات، بلا مسافات (حرفان على الأكثر).</numerusform>
            <numerusform>اكتب اسم مستخدم من حروف أو أرقام أو نقاط أو شرطات، بلا مسافات (%n أحرف على الأكثر).</numerusform>
            <numerusform>اكتب اسم مستخدم من حروف أو أرقام أو نقاط أو شرطات، بلا مسافات (%n حرفًا على الأكثر).</numerusform>
            <numerusform>اكتب اسم مستخدم من حروف أو أرقام أو نقاط أو شرطات، بلا مسافات (%n حرف على الأكثر).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Correct the fields marked above, then try again.</source>
        <translation type="unfinished">صحّح الحقول المشار إليها أعلاه، ثم أعد المحاولة.</translation>
    </message>
</context>
<context>
    <name>AdministrationPage</name>
    <message>
        <location filename="../../tipdesk/ui/admin/administration_page.py" line="+26"/>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit t&amp;rail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../tipdesk/ui/admin/audit_tab.py" line="+55"/>
        <source>Action starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. user. or case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation type="unfinished">اسم المستخدم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. amina</source>
        <translation type="unfinished">مثلًا: amina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. CMR-2026-0001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ilter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U&amp;ser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;ecord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify the audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that no event was changed, removed or moved since it was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Reading the audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No events match this filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 events; the newest %2 are shown, scroll down for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking every event of the audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Intact: 1 event; it was not changed, removed or moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intact: %1 events; none was changed, removed or moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finding the first changed event in the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Broken at event %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That event is not in the list shown: clear the filter and scroll down to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Someone changed the database outside TIPDesk. Keep this laptop as it is and tell your supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../tipdesk/ui/audit_table_model.py" line="+104"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Event %1, recorded %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No signed-in user: a failed sign-in or the recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFileDialog</name>
    <message>
        <location filename="../../tipdesk/ui/cases/case_file_view.py" line="+84"/>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Parts of the case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sc&amp;reening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ferrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ollow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;losure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>registered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>officer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>follow-up overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>next follow-up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read only: this case is managed by %1. Ask them or an administrator to reassign it if you need to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Edit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some changes in case %1 are not saved. Close it and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../tipdesk/ui/case_table_model.py" line="+140"/>
        <source>Case code</source>
        <translation>رمز الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer</source>
        <translation>الموظف المسؤول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age band</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form of exploitation</source>
        <translation>شكل الاستغلال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screening outcome</source>
        <translation>نتيجة الفحص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next follow-up</source>
        <translation>المتابعة القادمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This column cannot be sorted.</source>
        <translation>لا يمكن فرز هذا العمود.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>A follow-up action is %n day(s) overdue.</source>
        <translation>
            <numerusform>إجراء المتابعة متأخر %n يوم.</numerusform>
            <numerusform>إجراء المتابعة متأخر يومًا واحدًا.</numerusform>
            <numerusform>إجراء المتابعة متأخر يومين.</numerusform>
            <numerusform>إجراء المتابعة متأخر %n أيام.</numerusform>
            <numerusform>إجراء المتابعة متأخر %n يومًا.</numerusform>
            <numerusform>إجراء المتابعة متأخر %n يوم.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unassigned</source>
        <translation>غير مسندة</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (overdue)</source>
        <translation>%1 (متأخرة)</translation>
    </message>
</context>
<context>
    <name>CaseWizard</name>
    <message>
        <location filename="../../tipdesk/ui/wizard/identification_page.py" line="+30"/>
        <source>child-protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GBV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tipdesk/ui/wizard/wizard.py" line="+61"/>
        <source>New case</source>
        <translation type="unfinished">حالة جديدة</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Often missed by child-protection and GBV pathways: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Draft not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tipdesk/ui/wizard/widgets.py" line="+143"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>One row each: Tab goes to the next row, the arrow keys choose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../tipdesk/ui/cases/cases_page.py" line="+61"/>
        <source>&amp;New case…</source>
        <translation>حالة &amp;جديدة…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Register a new case</source>
        <translation>تسجيل حالة جديدة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import register…</source>
        <translation>&amp;استيراد سجل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a case register</source>
        <translation>استيراد سجل حالات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Template…</source>
        <translation>&amp;قالب…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save a case register template</source>
        <translation>حفظ قالب سجل الحالات</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search cases</source>
        <translation>البحث في الحالات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by case code, name or alias</source>
        <translation>البحث برمز الحالة أو الاسم أو الاسم المستعار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list follows as you type; Enter searches at once, Tab goes on to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Filter by status</source>
        <translation>التصفية حسب الوضع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>كل الأوضاع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by officer</source>
        <translation>التصفية حسب الموظف المسؤول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by screening outcome</source>
        <translation>التصفية حسب نتيجة الفحص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All outcomes</source>
        <translation>كل النتائج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overdue follow-up only</source>
        <translation>المتابعات المت&amp;أخرة فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only cases with an overdue follow-up</source>
        <translation>الحالات التي لديها متابعة متأخرة فقط</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>St&amp;atus:</source>
        <translation>ال&amp;وضع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offi&amp;cer:</source>
        <translation>ال&amp;موظف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;utcome:</source>
        <translation>ال&amp;نتيجة:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cases</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>All officers</source>
        <translation>كل الموظفين</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (disabled)</source>
        <translation>%1 (معطّل)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Loading cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No case matches.</source>
        <translation>لا توجد حالة مطابقة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cases, %2 loaded; scroll for more.</source>
        <translation>%1 حالة، حُمّل منها %2؛ مرّر لعرض المزيد.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n case(s).</source>
        <translation>
            <numerusform>لا توجد حالات (%n).</numerusform>
            <numerusform>حالة واحدة.</numerusform>
            <numerusform>حالتان.</numerusform>
            <numerusform>%n حالات.</numerusform>
            <numerusform>%n حالة.</numerusform>
            <numerusform>%n حالة.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Opening case %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>New case</source>
        <translation>حالة جديدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case wizard is not part of this version of TIPDesk yet. Cases can be imported from a register meanwhile.</source>
        <translation>معالج الحالات ليس جزءًا من هذا الإصدار بعد. يمكن في الأثناء استيراد الحالات من سجل.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Case %1 was registered.</source>
        <translation>تم تسجيل الحالة %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The template was saved as %1.</source>
        <translation>حُفظ القالب باسم %1.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../tipdesk/ui/password_dialog.py" line="+47"/>
        <source>Choose your own password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, you signed in with a temporary password given by an administrator. Choose a password of your own before you continue: only you should know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type your current password, then the new one twice. It opens the office database for your account (%1) only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repeat new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changing the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation type="unfinished">إلغاء</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Type your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This password is too weak: %1.</source>
        <translation type="unfinished">كلمة المرور هذه ضعيفة جدًا: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new password must differ from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The current password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>use at least %n characters</source>
        <translation type="unfinished">
            <numerusform>استخدم %n حرف على الأقل</numerusform>
            <numerusform>استخدم حرفًا واحدًا على الأقل</numerusform>
            <numerusform>استخدم حرفين على الأقل</numerusform>
            <numerusform>استخدم %n أحرف على الأقل</numerusform>
            <numerusform>استخدم %n حرفًا على الأقل</numerusform>
            <numerusform>استخدم %n حرف على الأقل</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>do not start or end with a space</source>
        <translation type="unfinished">لا تبدأ أو تنتهِ بمسافة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avoid common or repetitive passwords</source>
        <translation type="unfinished">تجنّب كلمات المرور الشائعة أو المكررة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>do not include the user name</source>
        <translation type="unfinished">لا تضمّنها اسم المستخدم</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <location filename="../../tipdesk/ui/directory/fields.py" line="+60"/>
        <location line="+23"/>
        <source>None ticked: everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only those ticked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosureTab</name>
    <message>
        <location filename="../../tipdesk/ui/cases/closure_tab.py" line="+41"/>
        <source>Closure reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The person &amp;was referred on (status: closed, referred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed and referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close c&amp;ase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close&amp;d on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 on %2. Reason: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close the case when no further action is planned. Open referrals and follow-up actions are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This case is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a closure reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close case %1 as &apos;%2&apos; (reason: %3)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The case was closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodePicker</name>
    <message>
        <location filename="../../tipdesk/ui/wizard/code_picker.py" line="+78"/>
        <source>Type to search, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type part of a name or code and press Enter to add it. Delete removes the entry selected in the list below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an entry and press Delete to remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not found: choose one of the suggestions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfidentialityPage</name>
    <message>
        <location filename="../../tipdesk/ui/wizard/confidentiality_page.py" line="+24"/>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With parents or usual caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Separated (with another adult, not the usual caregiver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unaccompanied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case code and access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sensitivit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restricted: only the assigned officer and administrators can open the case. Standard: protection staff of the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The person did not consent to registering personal data: no name, alias, date of birth or contact is recorded. This stays an anonymous contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Identifying details (with consent to register)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;lias (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name the person uses instead of their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gi&amp;ven names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only if safe: others may read this phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Other contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. through a named relative or centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address or location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where the person can be found safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Addre&amp;ss:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Caregiver (for a child)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caregiver&apos;s na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caregiver&apos;s con&amp;tact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Separated or unaccompanied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Separated or &amp;unaccompanied:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The case code is made when you save (it will look like %1…). It never contains a name: use it on forms, in referrals and when you talk about the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date of birth: %1 (entered with the age on the profile page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date of birth: enter it, if known, as the age on the profile page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../tipdesk/ui/cases/consent_dialog.py" line="+35"/>
        <source>Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Explain in a language the person understands what they agree to, that they may refuse, and that they may withdraw it at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the consent is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose of the consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sector of the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sec&amp;tor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partner organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the partner organisation, as in the service directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pa&amp;rtner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Information that may be shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;nformation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who gave it, and how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who gave the consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gi&amp;ven by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent or guardian&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent or &amp;guardian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Best-interests decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the guardian is not asked (e.g. implicated), who decided, when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Best-interests d&amp;ecision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How consent was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation type="unfinished">ال&amp;لغة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An &amp;interpreter was used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Record whether the person gives or refuses this consent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../tipdesk/ui/wizard/consent_page.py" line="+32"/>
        <source>Informed consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is the person under 18?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is the person &amp;under 18?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registering personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent to register personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Does the person &amp;agree that their personal data is recorded in TIPDesk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Without consent to register, TIPDesk keeps an anonymous contact only: sex, age band and needs. No other consent is recorded, and the next pages leave out identifying questions. You can still tell the person where to find help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Anonymous contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Referrals, sector by sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For each sector, does the person agree to be &amp;referred to its services? Ask only about the sectors you discussed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Sharing named information with named partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anonymised statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent to anonymised statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>May the case be &amp;counted, without anything that identifies the person, in the office&apos;s statistics?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+24"/>
        <source>How consent was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Consent given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gi&amp;ven by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the parent or guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parent or guardian&apos;s na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Best-interests decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the parent or guardian is not asked (e.g. may be involved), who decided, and why this is in the child&apos;s best interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Best-interests d&amp;ecision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation type="unfinished">ال&amp;لغة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An &amp;interpreter was used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Answer whether the person is under 18 (&apos;Not sure&apos; is an answer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The person is a child: choose the child&apos;s assent with a parent or guardian&apos;s consent, or a best-interests decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record whether the person agrees to share with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Tick the information that may be shared with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>From the age entered on the profile page: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>18 or over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Until the age is entered on the profile page, this answer decides how a child&apos;s consent is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <location filename="../../tipdesk/ui/cases/consent_tab.py" line="+35"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Withdraw consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the selected consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record cons&amp;ent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a new consent decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example: the person now agrees to a referral, or to share their name with a named partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The person may withdraw a consent at any time. Open referrals that rely on it are flagged and their forms blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1, with an interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Consent recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record that the person withdraws their consent to: %1?

Open referrals that rely on it will be flagged and their forms can no longer be printed. This cannot be undone; a new consent can be recorded later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Consent withdrawn. %n open referral(s) relied on it and were flagged: see the Referrals tab.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent withdrawn. No open referral relied on it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryComboBox</name>
    <message>
        <location filename="../../tipdesk/ui/country_combo.py" line="+42"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type to search…</source>
        <translation>اكتب للبحث…</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../tipdesk/ui/crash.py" line="+140"/>
        <source>TIPDesk met an unexpected problem and could not finish what it was doing.

What you saved before is safe, and the case wizard keeps a draft as you go. Check that your last change was saved; if this happens again, close TIPDesk and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A report without any case data was written to:
%1
Give it to your administrator so the problem can be fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unexpected problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../tipdesk/ui/directory/directory_page.py" line="+21"/>
        <source>&amp;Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gaps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryTransfer</name>
    <message>
        <location filename="../../tipdesk/ui/directory/transfer.py" line="+64"/>
        <source>CSV file (*.csv);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import a service directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Directory files (*.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking and importing every row of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Directory imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 service added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 services added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 deactivated (it has referrals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 deactivated (they have referrals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Directory imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These columns were not recognised and were ignored: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was imported: %1 has problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the service directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+34"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Writing the directory to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 service exported to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 services exported to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the directory template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Template saved to %1. It holds one fictional example row: replace it with real services.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisclosureChecklist</name>
    <message>
        <location filename="../../tipdesk/ui/referrals/disclosure_checklist.py" line="+21"/>
        <source>Information to disclose to the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>no consent to share this with this partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no consent to refer to this sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Greyed out: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftKeeping</name>
    <message>
        <location filename="../../tipdesk/ui/wizard/drafting.py" line="+40"/>
        <source>New case (draft) – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Draft not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftKinds</name>
    <message>
        <location filename="../../tipdesk/ui/drafts_list.py" line="+28"/>
        <source>New case</source>
        <translation type="unfinished">حالة جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes to a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftsList</name>
    <message>
        <location line="+29"/>
        <source>Your drafts</source>
        <translation>مسوداتك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>المسودة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last saved</source>
        <translation>آخر حفظ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Resume</source>
        <translation>&amp;متابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume the selected draft</source>
        <translation>متابعة المسودة المحددة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the selected draft</source>
        <translation>حذف المسودة المحددة</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+22"/>
        <source>Discard draft</source>
        <translation>حذف المسودة</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Discard the draft “%1”? What it holds cannot be recovered.</source>
        <translation>حذف المسودة «%1»؟ لا يمكن استرجاع محتواها.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Discard</source>
        <translation>&amp;حذف</translation>
    </message>
</context>
<context>
    <name>DraftsNotice</name>
    <message>
        <location filename="../../tipdesk/ui/drafts_notice.py" line="+20"/>
        <source>Unsaved work</source>
        <translation>عمل غير محفوظ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your unsaved work was kept</source>
        <translation>تم الاحتفاظ بعملك غير المحفوظ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TIPDesk kept these drafts, encrypted, when it last locked or closed; only you can see them. Resume one now, or later from the Home page.</source>
        <translation>احتفظ TIPDesk بهذه المسودات مشفّرة عند آخر قفل أو إغلاق؛ وحدك يمكنك رؤيتها. تابع إحداها الآن، أو لاحقًا من الصفحة الرئيسية.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Later</source>
        <translation>&amp;لاحقًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this notice; keep the drafts</source>
        <translation>إغلاق هذا التنبيه مع الاحتفاظ بالمسودات</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../../tipdesk/ui/reports/export_panel.py" line="+66"/>
        <source>One row per case, in the column names of the Counter Trafficking Data Collaborative (CTDC) and HTCDS: year of registration, gender, age band, citizenship, country of exploitation, forms of exploitation and means of control as yes/no flags. A data dictionary goes with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>k, the smallest group of alike records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CTDC publishes its data with k = 11: every combination of year, gender, age band, majority status, citizenship and country of exploitation is shared by at least k records. Rarer records first lose those values one at a time, country first; a record still too rare is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CSV (dictionary in a second file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook, XLSX (dictionary on a sheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>Export anonymised records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Smallest group &amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File forma&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading the cases that consented to anonymised statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading cases: %1 read so far…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export cancelled, but %1 could not be removed: delete it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export cancelled; no file was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>1 anonymised record written (k = %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 anonymised records written (k = %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 value blanked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 values blanked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 record left out as too rare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 records left out as too rare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 case without consent to anonymised statistics is not included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cases without consent to anonymised statistics are not included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data dictionary is beside it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data dictionary is on its own sheet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../tipdesk/ui/directory/filter_bar.py" line="+35"/>
        <source>Search the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search organisation, service, place, focal point or service ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age group served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nationality or displacement status served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation type="unfinished">اللغة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepts traffic&amp;king cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not verified for six &amp;months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show i&amp;nactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sea&amp;rch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Serves:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <location filename="../../tipdesk/ui/cases/follow_up_tab.py" line="+30"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow-up actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected action done today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New follow-up action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do, e.g. call the clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due date of the new action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the follow-up action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New act&amp;ion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>d&amp;ue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No follow-up action yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Follow-up action added, due %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Marked done: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormOutput</name>
    <message>
        <location filename="../../tipdesk/ui/referrals/form_output.py" line="+33"/>
        <source>The form could not be saved to %1 (%2). Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Print the referral form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the form was sent to the printer. Hand it over or send it, then record it as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Save the referral form as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved to %1. The file holds what the person consented to share: keep it safe and delete it once the form was handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The form was not printed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GapTableModel</name>
    <message>
        <location filename="../../tipdesk/ui/gap_table_model.py" line="+81"/>
        <source>Nothing missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GapsTab</name>
    <message>
        <location filename="../../tipdesk/ui/directory/gaps_tab.py" line="+59"/>
        <source>What no active service of the directory offers, sector by sector and region by region: a service that accepts trafficking cases, and services for the people child-protection and GBV pathways often miss. A service that lists no sex, age group or status serves everyone. Double-click a cell to see its services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Directory gaps by sector and region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Counting the gaps in the directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The directory has no active service yet, so every sector is missing everywhere. Add services or import the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 sector and region cells lack something.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <location filename="../../tipdesk/ui/wizard/guidance.py" line="+15"/>
        <source>Safety comes before any question. Talking to you can itself put the person, or you, at risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Are you safe right now? Is anyone who controls you nearby or watching? Can we talk here without being overheard? Do you need a doctor now? Is it safe for us to contact you later, and how?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do not interview in front of others, including family or the person who brought them. Do not promise what you cannot do. Stop if it becomes unsafe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The person is in danger now: act first, register later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert your supervisor and the office&apos;s security or emergency focal point, medical help if needed. Agree with the person what happens next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not confront the exploiter. Do not contact the police without the person&apos;s agreement unless a life is at risk. Do not leave them alone if they ask you to stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The person decides what is recorded and shared. Each decision is separate, and can be withdrawn at any time. A refusal is respected and recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Explain in a language they understand: what will be written down, who will see it, which services you could refer them to and what each referral shares. Ask for each purpose separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do not use a family member or the person who brought them as an interpreter. For a child, do not ask a parent or guardian who may be involved in the exploitation: document a best-interests decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trafficking is an Act (recruiting, moving, harbouring, receiving) by a Means (force, deception, abuse of vulnerability...) for a Purpose of exploitation. For a child, Act and Purpose are enough. You record indicators, not a legal verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How did you come to this work or place? Who arranged it? Were you told the truth about the job? Can you leave? Do you owe money? Who keeps your documents and your pay?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do not ask for every detail of the abuse, and do not make the person repeat their story. Do not call it &apos;only&apos; a child-protection or GBV case if it meets the definition: it can be both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The person chooses which services to accept. A declined service is recorded as declined, not pushed. Their own priorities and the safe way to reach them guide the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What matters most to you now? Which help would you like, and which not? How and when can we contact you safely? For a child: what do they want, in their own words?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do not decide for the person. Do not contact them in a way they did not agree to (a shared phone may be read by the exploiter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everyone is helped whatever their sex, age, nationality or form of exploitation. Men, older people, migrants and labour victims are often missed by other pathways: they count here too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask only what the person is willing to say. An estimate of age or an age band is enough when the exact age is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Never refuse or delay help because an answer is missing: &apos;other&apos; and &apos;unknown&apos; are always allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only people who need to know see a case. The case code, not the name, goes on forms and in conversations. Identifying details are kept only with consent to register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record only the details needed to help and reach the person safely. Choose &apos;restricted&apos; when even colleagues should not see the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not write names in free-text notes, file names or messages. Do not leave the laptop unlocked: press Ctrl+L when you step away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check what will be saved. Each principle is ticked when its answers are complete, or flagged with what is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the summary back to the person if that is safe, so they know what is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not save a case twice: if TIPDesk finds a possible existing case, open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What it means here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to ask:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to avoid:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidanceBox</name>
    <message>
        <location line="+24"/>
        <source>Show or hide the guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hide &amp;guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show &amp;guidance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../tipdesk/ui/home_page.py" line="+42"/>
        <source>%1 (user name %2)</source>
        <translation>%1 (اسم المستخدم %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signed in as:</source>
        <translation>تم الدخول باسم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database file:</source>
        <translation>ملف قاعدة البيانات:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a section on the left. Lock TIPDesk (Ctrl+L) whenever you step away from the laptop: the office database stays encrypted until someone signs in again.</source>
        <translation>اختر قسمًا من القائمة الجانبية. اقفل TIPDesk (Ctrl+L) كلما ابتعدت عن الحاسوب: تبقى قاعدة بيانات المكتب مشفّرة حتى يسجّل أحدهم الدخول من جديد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unsaved work kept as drafts</source>
        <translation>عمل غير محفوظ محفوظ كمسودات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TIPDesk keeps what you had not saved when it locks or closes. Resume a draft to carry on where you stopped, or discard it.</source>
        <translation>يحتفظ TIPDesk بما لم تحفظه عند القفل أو الإغلاق. تابع مسودة لتكمل من حيث توقفت، أو احذفها.</translation>
    </message>
</context>
<context>
    <name>IdentificationPage</name>
    <message>
        <location filename="../../tipdesk/ui/wizard/identification_page.py" line="+24"/>
        <source>Identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Screening outcome</source>
        <translation type="unfinished">نتيجة الفحص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Groups other pathways often miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The definition: Act + Means + Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Act (what was done):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Means (how; not needed for a child):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purpose (exploitation):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Forms of exploitation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Types of se&amp;xual exploitation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Industry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Means of &amp;control:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recruitment and places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Method of &amp;recruitment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Relationship to the recruiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;lationship to the recruiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries of recruitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries of exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;untries of recruitment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries of &amp;exploitation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In-country or abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In-country or abr&amp;oad:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled before as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Handled before as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I disagree &amp;with the computed outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome I record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ou&amp;tcome I record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason for the different outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why, in plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Often missed by child-protection and GBV pathways: %1. Make sure this person still finds a service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Screening outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded by you; TIPDesk computed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anonymous contact: the screening guides you but is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportOptionsDialog</name>
    <message>
        <location filename="../../tipdesk/ui/directory/import_dialogs.py" line="+24"/>
        <source>Import the service directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import %1 into the directory. Every row is checked first: if one row has a problem, nothing is imported and every problem is listed. Rows with a service ID update that service; rows without one add a new service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Replace the whole directory with this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the whole directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Services that are not in this file will be removed from the directory (or deactivated, when a referral points to them). Use this only with a complete directory, such as an export from this office that you have corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+18"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Replace the directory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProblemTableModel</name>
    <message>
        <location filename="../../tipdesk/ui/import_problem_table_model.py" line="+60"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <location filename="../../tipdesk/ui/cases/import_dialog.py" line="+35"/>
        <source>Case register not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Every row of %1 can be read, but %n row(s) may describe a person who already has a case. Open those cases and compare. If they are different people, import the file anyway.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n problem(s) were found in %1. Correct them in the file (the row numbers are those of the spreadsheet) and import it again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Import anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the file anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tipdesk/ui/directory/import_dialogs.py" line="+11"/>
        <source>Directory not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 problem was found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%2 problems were found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the file (the row numbers are those of the spreadsheet, row 1 being the column names) and import it again. The directory is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyRotationBox</name>
    <message>
        <location filename="../../tipdesk/ui/admin/key_rotation_box.py" line="+20"/>
        <location line="+82"/>
        <source>Database key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Change the database key when someone leaves the office, or if a laptop or a password may have been exposed. The database is encrypted again under a new key; passwords stay the same. Old backups keep opening with the old key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change database &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change database key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change the database key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the key that encrypts the office database?

Do this after a member of staff leaves: a copy of the key they may have kept will no longer open the database. Every user keeps their password, but everyone (you too) must sign in again afterwards.

Backups made before today still open with the old key: destroy the old ones you no longer need, and make a new backup after the change.

Close TIPDesk on any other window first. This takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Encrypting the database under a new key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database key was changed; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <location filename="../../tipdesk/ui/shortcuts_dialog.py" line="+27"/>
        <location line="+9"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Everything in TIPDesk can be done from the keyboard. These keys work in the places named; the underlined letter of a caption works wherever it is shown.</source>
        <translation>يمكن القيام بكل شيء في TIPDesk من لوحة المفاتيح. تعمل هذه المفاتيح في الأماكن المذكورة؛ ويعمل الحرف المسطّر في أي تسمية حيثما ظهرت.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they do</source>
        <translation>وظيفتها</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <location filename="../../tipdesk/ui/language.py" line="+98"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Lan&amp;guage</source>
        <translation>ال&amp;لغة</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../tipdesk/ui/directory/fields.py" line="+36"/>
        <source>Languages of the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a language, e.g. Fulah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None listed: any language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&apos;%1&apos; is not a language we know. Type part of its name and choose it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tipdesk/ui/main_window.py" line="+82"/>
        <location line="+235"/>
        <source>TIPDesk</source>
        <translation>TIPDesk</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>TIPDesk: %1</source>
        <translation>TIPDesk: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in: %1 (%2)</source>
        <translation>المستخدم: %1 (%2)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Your password was changed.</source>
        <translation>تم تغيير كلمة المرور.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This version has no screen that opens this draft; it is kept.</source>
        <translation>لا توجد في هذا الإصدار شاشة تفتح هذه المسودة؛ تم الاحتفاظ بها.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <location filename="../../tipdesk/ui/main_window_keys.py" line="+47"/>
        <source>This section has no search field.</source>
        <translation>لا يحتوي هذا القسم على حقل بحث.</translation>
    </message>
    <message>
        <location filename="../../tipdesk/ui/main_window_layout.py" line="+26"/>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TIPDesk is locked. Sign in to continue.</source>
        <translation>TIPDesk مقفل. سجّل الدخول للمتابعة.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Administration &gt; Office &gt; Back up now</source>
        <translation>الإدارة &gt; المكتب &gt; نسخ احتياطي الآن</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New case…</source>
        <translation>حالة &amp;جديدة…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register a new case in the case wizard</source>
        <translation>تسجيل حالة جديدة في معالج الحالات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the office database until you sign in</source>
        <translation>إغلاق قاعدة بيانات المكتب حتى تسجّل الدخول</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change my &amp;password…</source>
        <translation>تغيير &amp;كلمة المرور…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a new password for your account</source>
        <translation>اختيار كلمة مرور جديدة لحسابك</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات لوحة ال&amp;مفاتيح</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About TIPDesk</source>
        <translation>&amp;حول TIPDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
</context>
<context>
    <name>NeedsTab</name>
    <message>
        <location filename="../../tipdesk/ui/cases/needs_tab.py" line="+38"/>
        <source>Not discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sa&amp;ve needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Saved: %n sector(s) changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewReferralDialog</name>
    <message>
        <location filename="../../tipdesk/ui/referrals/new_referral_dialog.py" line="+67"/>
        <source>New referral: case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Override with a reason (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Override with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the person cannot be asked and the referral cannot wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The override and its reason are recorded in the audit trail and printed on the form. Only non-identifying fields may be shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason for referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services already provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;ector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provi&amp;der:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;riority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;ason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;quested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already pro&amp;vided:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Create referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading the case&apos;s consents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 — declined by the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — no consent to refer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — wants this service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Already referred: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The person declined %1 services: a declined need is not referred. Record a change of mind on the case&apos;s needs first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no consent to refer this person to %1. Ask the person and record their consent on the case&apos;s Consent tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only an administrator may override, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The person consented to a referral to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Creating the referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Referral %1 created as a draft. Print the form now, or later from the Referrals section; record it as sent when it leaves the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../tipdesk/ui/cases/notes_tab.py" line="+24"/>
        <source>Case notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a new note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Note added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeTab</name>
    <message>
        <location filename="../../tipdesk/ui/admin/office_tab.py" line="+78"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auto-lock after minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep closed cases for months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lock TIPDesk after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;closed cases for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>From %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The auto-lock time must be between %1 and %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The retention period must be between %1 and %2 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A backup is an encrypted copy of the office database with its key slots. Keep it on a USB stick in the office safe; it opens with any user&apos;s password or the recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No backup has been made yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last backup: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make a backup now: the last one is more than %1 days old or missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back up the office database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TIPDesk backups (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing and checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backup written and checked: %1 (%2, %3). Store it away from this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 user account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 user accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipationPage</name>
    <message>
        <location filename="../../tipdesk/ui/wizard/participation_page.py" line="+20"/>
        <source>Self-determination and participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anonymous contact: only the needs below are saved (no priorities, no contact details).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the person&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person&apos;s own priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What matters most to them now, as they say it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Own &amp;priorities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the child&apos;s views were heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How you listened to the child (alone, with whom, in which language) and what they want</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The &amp;child&apos;s views:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Services the person wants, sector by sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The person decides. A &amp;service they decline is recorded as declined; leave &apos;not discussed&apos; where you did not ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already
receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not
discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Safe contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preferred safe way to be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. through the women&apos;s centre; never by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Safe times to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. weekday mornings at the market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pr&amp;eferred safe contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe &amp;times:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Record how the child&apos;s views were heard, and what they want.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinciplePage</name>
    <message>
        <location filename="../../tipdesk/ui/wizard/base.py" line="+120"/>
        <source>What is still missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinciplesPanel</name>
    <message>
        <location filename="../../tipdesk/ui/wizard/side_panel.py" line="+23"/>
        <source>Do no harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informed consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Self-determination and participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Non-discrimination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Protection principles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Protection principles and their status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessTask</name>
    <message>
        <location filename="../../tipdesk/ui/process_task.py" line="+51"/>
        <source>The work in the background stopped before it finished (its process ended unexpectedly). Try again; if it happens again, restart TIPDesk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../tipdesk/ui/wizard/profile_page.py" line="+39"/>
        <source>Non-discrimination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anonymous contact: only sex and age band are saved; an exact age is turned into its band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sex and age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation type="unfinished">الجنس</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is known of the age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Age in years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+13"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Age band only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Age &amp;known as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Age band</source>
        <translation type="unfinished">الفئة العمرية</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+105"/>
        <source>&amp;Age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Nationality and languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nationality s&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizenships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Citizenship(s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages spoken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does the person have a disability?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;isability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disability details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What support or access the person needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;etails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>D&amp;ate of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Age band:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(%1 years; kept as an identifying detail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You recorded that the person is under 18. Enter an age or an estimated age band so that the child rules apply to what is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This age does not match the answer on the consent page; the age entered here is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The person is a child: go back to Informed consent and record the child&apos;s assent with a parent or guardian&apos;s consent, or a best-interests decision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../tipdesk/ui/cases/profile_tab.py" line="+62"/>
        <source>Unassigned</source>
        <translation type="unfinished">غير مسندة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished">الوضع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer</source>
        <translation type="unfinished">الموظف المسؤول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex</source>
        <translation type="unfinished">الجنس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nationality status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Citizenships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Age band:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caregiver contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Separated child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No / not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The person&apos;s own account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Own priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preferred safe contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe times to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child&apos;s views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anonymous contact: the person did not consent to registering personal data, so only sex, age band and needs are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sa&amp;ve changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the profile changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the unsaved profile changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Saved: %n field(s) changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../tipdesk/ui/admin/common.py" line="+72"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please wait</source>
        <translation>يرجى الانتظار</translation>
    </message>
</context>
<context>
    <name>PurgeCandidateModel</name>
    <message>
        <location filename="../../tipdesk/ui/admin/retention_box.py" line="+81"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../tipdesk/ui/cases/record_dialog.py" line="+53"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case %1 — a new record is added; earlier ones stay in the history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <location filename="../../tipdesk/ui/recovery_page.py" line="+47"/>
        <source>The recovery code of your office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This code is shown only now, never again. If every password is forgotten, it is the only way back into the office database: without it, the cases cannot be read by anyone.

Print it or save it as a PDF, and keep the sheet in the office safe. Anyone with this code and the database can read every case, so do not keep a copy on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+123"/>
        <source>Print the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-120"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+75"/>
        <source>Save the recovery code as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Print the sheet, or save it as a PDF on a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the code on the sheet matches the code above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the sheet in a sealed envelope in the office safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the box below and press Continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What to do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>I have printed or saved the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The recovery code will not be shown again. Print it or save it, then tick the box below and press Continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TIPDesk recovery code.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recovery code could not be saved to %1 (%2). Choose another place, for example a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved to %1. Move the file to a USB stick kept in the office safe, or print it and delete it from this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TIPDesk recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sent to the printer. Check that the code on paper matches the one above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location filename="../../tipdesk/reports/recovery_sheet.py" line="+36"/>
        <source>TIPDesk recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation type="unfinished">البلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep in the office safe. Anyone with this code and the database can read every case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What this code is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This code opens the office database if every password has been forgotten. It is the only way back: without a password or this code, nobody can read the cases, not even the people who made TIPDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep this sheet in a sealed envelope in the office safe. Do not photograph it, e-mail it or keep a copy on the laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When you type the code, only the letters and digits count; dashes and spaces do not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If this sheet is lost, or someone who should not have it may have seen it, tell the office administrator at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Placed in the safe by (name, signature, date):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralDetail</name>
    <message>
        <location filename="../../tipdesk/ui/referrals/referral_detail.py" line="+65"/>
        <source>Shared with the provider (consented fields only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation type="unfinished">الوضع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+36"/>
        <source>Choose a referral in the list to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 · case %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue: the answer was due on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>respond by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The person withdrew the consent this referral relied on: it cannot be sent or printed. Cancel the referral and tell the provider if it was already sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Referred without the person&apos;s consent for this sector (administrator override). Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case code</source>
        <translation type="unfinished">رمز الحالة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The case code only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Not chosen yet: the provider is to be chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focal point</source>
        <translation type="unfinished">جهة التنسيق</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <location filename="../../tipdesk/reports/referral_form.py" line="+71"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+243"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+49"/>
        <location line="+210"/>
        <source>Referral form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-239"/>
        <location line="+214"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="-209"/>
        <location line="+159"/>
        <source>Referral number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-211"/>
        <location line="+230"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="-158"/>
        <location line="+173"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-223"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="-171"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+11"/>
        <source>Please respond by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+3"/>
        <source>Referred without the person&apos;s consent for this sector: administrator override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+4"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+3"/>
        <source>1. The person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+156"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+1"/>
        <location line="+135"/>
        <source>Case code</source>
        <translation type="unfinished">رمز الحالة</translation>
    </message>
    <message>
        <location line="-148"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="-128"/>
        <source>Only the information above was consented to be shared. Do not ask the person to repeat their story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+8"/>
        <source>2. Child and caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+7"/>
        <source>Not disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="-2"/>
        <source>Caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+5"/>
        <source>Caregiver informed of this referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+136"/>
        <location filename="../../tipdesk/services/referral_views.py" line="+200"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+1"/>
        <location line="+114"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-136"/>
        <location filename="../../tipdesk/services/referral_views.py" line="+2"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="-114"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+6"/>
        <source>3. Reason and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+5"/>
        <source>Reason for referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+1"/>
        <source>Services requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+2"/>
        <source>Services already provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+5"/>
        <source>The person&apos;s wish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+3"/>
        <source>4. Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+14"/>
        <source>Case code only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="-11"/>
        <source>Consent given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+2"/>
        <source>No consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+3"/>
        <source>Consent to refer to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+4"/>
        <source>Information disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+5"/>
        <source>How and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+13"/>
        <source>Parent or guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+5"/>
        <source>Signature of the person (or guardian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+1"/>
        <source>Signature of the referring officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+5"/>
        <source>5. Referred by and referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+15"/>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+1"/>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+2"/>
        <source>To be chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+19"/>
        <source>Feedback slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="-4"/>
        <source>To be filled in by the receiving agency and returned to the referring office: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+14"/>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+2"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+3"/>
        <source>no, because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+3"/>
        <source>Service given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+1"/>
        <source>Name, position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+4"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralTableModel</name>
    <message>
        <location filename="../../tipdesk/ui/referral_table_model.py" line="+78"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case code</source>
        <translation type="unfinished">رمز الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished">الوضع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+72"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The person withdrew the consent this referral relied on: it cannot be sent or printed. Cancel the referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>No answer from the provider %n day(s) after the deadline.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <location filename="../../tipdesk/ui/referrals/referrals_page.py" line="+52"/>
        <source>Status</source>
        <translation type="unfinished">الوضع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;verdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op&amp;en only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;ctor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;riority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overdue referrals by priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Referrals</source>
        <translation type="unfinished">الإحالات</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;New referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recor&amp;d feedback / change status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+114"/>
        <source>No referral is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue: %1 emergency · %2 urgent · %3 normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading referrals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No referral matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 referrals; %2 shown, scroll down for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This referral is closed (%1): its status does not change any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is now: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It no longer matches the filters, so it left the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case code of the person to refer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 created as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <location filename="../../tipdesk/ui/cases/record_tabs.py" line="+225"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished">الوضع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referrals</source>
        <translation type="unfinished">الإحالات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;ew referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refer the person to a service, with only what they consented to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Withdrawn: form blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No referral was made for this case yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusedImportDialog</name>
    <message>
        <location filename="../../tipdesk/ui/refused_import_dialog.py" line="+34"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterImport</name>
    <message>
        <location filename="../../tipdesk/ui/cases/import_dialog.py" line="+33"/>
        <source>Import a case register</source>
        <translation type="unfinished">استيراد سجل حالات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case registers (*.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking and importing every row of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 case was imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n case(s) were imported: %1 to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These columns were not recognised and were ignored: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Case register not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the case register template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Template not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../tipdesk/reports/common.py" line="+90"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="-176"/>
        <source>CONFIDENTIAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../tipdesk/ui/reports/reports_page.py" line="+23"/>
        <source>These files are for the protection cluster and leave this laptop unencrypted, so they hold nothing that identifies a person: no names, case codes, dates of birth, exact ages or dates (months or years only), free text, staff names or places smaller than a country or region. Only cases whose person consented to use in anonymised statistics are counted; the others are left out and only their number is given. Small groups are hidden so that no reader can single anyone out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Summary &amp;report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymised e&amp;xport (CSV, XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message>
        <location filename="../../tipdesk/ui/admin/retention_box.py" line="+16"/>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Closed cases past the retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Purge selecte&amp;d…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purge selected cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purge all e&amp;xpired…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purge all expired cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Looking for closed cases past the retention period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Closed cases are kept for %1 months: those closed on or before %2 may now be purged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 case is past this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cases are past this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No case is past this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Purge cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purge 1 case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purge %1 cases?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything recorded about the person is deleted for good; only the case code stays in the audit trail. This cannot be undone (except by restoring an older backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Purging cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 case purged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 cases purged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopped. The cases purged before you cancelled are gone; the others are still listed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../tipdesk/ui/wizard/review_page.py" line="+54"/>
        <source>Review and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Summary of what will be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bac&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make &amp;referrals for the needs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refer the person to the services they want, with only what they consented to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking whether this person already has a case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This person may already have a case: %1. Open that case instead of saving a second one, unless you are sure it is someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saving the case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved. The case code is %1. Use this code, never the name, on forms and in conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The case was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewSummary</name>
    <message>
        <location filename="../../tipdesk/ui/wizard/summary.py" line="+19"/>
        <location line="+7"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Consent to register is not recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to Informed consent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anonymous contact only (sex, age band, needs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing else typed in this wizard is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+175"/>
        <source>Sex</source>
        <translation type="unfinished">الجنس</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>Age band</source>
        <translation type="unfinished">الفئة العمرية</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Registering personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Immediate danger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who was alerted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exploiter nearby or in contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Private space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent medical need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk of retaliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safe to contact later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Referral consent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Share with %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent or guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best-interests decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation type="unfinished">اللغة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Screening outcome</source>
        <translation type="unfinished">نتيجة الفحص</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Override reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forms of exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Means of control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recruitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Countries of recruitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Countries of exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In-country or abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Handled before as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Own priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preferred safe contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Safe times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The child&apos;s views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nationality status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Citizenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Case code</source>
        <translation type="unfinished">رمز الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made when you save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caregiver&apos;s contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <location filename="../../tipdesk/ui/cases/record_dialog.py" line="+44"/>
        <source>New safety assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The person is in immediate danger: act now, then record who was alerted and what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Urgent action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who was alerted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Police, medical team, the protection lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moved to a safe place, taken to the clinic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who was &amp;alerted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What was done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the person and you agreed to keep them safe (where to go, whom to call, a code word)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Safety p&amp;lan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Answer every safety question (%n left).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <location filename="../../tipdesk/ui/wizard/safety_page.py" line="+30"/>
        <source>Do no harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer these before anything else. The answers decide whether you go on now, move somewhere safer, or act at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Safety now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Safety advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the person and you agreed to keep them safe (where to go, whom to call, a code word)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Safety p&amp;lan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Answer every safety question (yes or no).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Immediate danger: the next page records the urgent action. Act first; the rest can wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stop here unless you can move somewhere private, away from the exploiter, or agree on another time and place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Arrange medical care now; a referral to Health can be recorded on the next pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Risk of retaliation: consider marking the case restricted and agree a safety plan below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not safe to contact later: agree now on a safe way, or none, and record it under participation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyQuestions</name>
    <message>
        <location filename="../../tipdesk/ui/safety_questions.py" line="+14"/>
        <source>Is the person in &amp;immediate danger?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is the &amp;exploiter nearby, or in contact with the person (phone, messages)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Are you talking in a &amp;private space where nobody can overhear?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does the person need &amp;medical care urgently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Is there a risk of &amp;retaliation against the person or their family for talking to you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Is it safe to &amp;contact the person later?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyTab</name>
    <message>
        <location filename="../../tipdesk/ui/cases/record_tabs.py" line="-171"/>
        <source>New safety &amp;assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a new safety assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the person&apos;s situation changes, assess their safety again; earlier assessments are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Safety assessment recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assessed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In immediate danger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exploiter nearby:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private place to talk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent medical need:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk of retaliation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe to contact later:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who was alerted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent action taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No safety assessment was recorded for this case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedFileNotice</name>
    <message>
        <location filename="../../tipdesk/ui/reports/common.py" line="+55"/>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder that holds the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved to: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <location filename="../../tipdesk/ui/cases/screening_dialog.py" line="+58"/>
        <source>Re-screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Screening outcome</source>
        <translation type="unfinished">نتيجة الفحص</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start from the latest screening and change what the new interview showed. Recruitment details, industries and countries are carried over unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The person is a child: an Act and a Purpose are enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The definition: Act + Means + Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Act (what was done):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Means (how; not needed for a child):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purpose (exploitation):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Forms of exploitation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Means of &amp;control:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I disagree &amp;with the computed outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome I record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ou&amp;tcome I record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason for the different outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why, in plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Screening outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded by you; TIPDesk computed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningTab</name>
    <message>
        <location filename="../../tipdesk/ui/cases/record_tabs.py" line="+12"/>
        <source>R&amp;e-screen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a new screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After a further interview, screen again; the latest screening gives the case its outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Screening recorded. Outcome: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Latest screening, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Earlier screening, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Computed outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason for the change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Act:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Means:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forms of exploitation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sexual exploitation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Industries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Means of control:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recruited:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relationship to recruiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trafficked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries of recruitment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries of exploitation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This case has not been screened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../tipdesk/ui/sections.py" line="+52"/>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Directory</source>
        <translation>دليل الخدمات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Administration</source>
        <translation>الإدارة</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../tipdesk/ui/directory/service_dialog.py" line="+58"/>
        <source>Service details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Service ID %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This service is inactive: it is not offered for new referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not verified for six months: call the service to check it still runs, then record the date below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not verified for six months: check with the service that it still runs before you refer someone to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type the name of the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the kind of organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the sector of the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what the service is, e.g. Safe shelter or Legal aid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the region (admin-1) where the service is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the phone number with digits and spaces, with an optional leading +, e.g. +237 690 00 00 00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write an e-mail address like name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Correct the fields marked in red (%1), then save again. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already has an active service of this sector at this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already offers an active %2 service at %3 (%4). Edit or deactivate that one instead, or change the sector or the site. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the same place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceForm</name>
    <message>
        <location filename="../../tipdesk/ui/directory/service_form.py" line="+58"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acron&amp;ym:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Head office &amp;contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone or e-mail of the head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ser&amp;vice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required, e.g. Safe shelter, Legal aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to &amp;refer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referral procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where and how to reach it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region (admin-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region (admin-&amp;1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District (admin-&amp;2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>District (admin-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Town, camp or settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Focal point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Focal point</source>
        <translation type="unfinished">جهة التنسيق</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opening &amp;hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Mon-Fri 08:00-16:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who it serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nationality or displacement status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Accessible to persons with disa&amp;bilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepts traff&amp;icking cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free of char&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last verified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;oday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last verified:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicePicker</name>
    <message>
        <location filename="../../tipdesk/ui/referrals/service_picker.py" line="+37"/>
        <source>Services of this sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trafficking cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whether the service accepts victims of trafficking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No provider yet (choose one later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <location filename="../../tipdesk/ui/service_table_model.py" line="+97"/>
        <source>Whether the service accepts trafficking cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trafficking cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished">الوضع</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation type="unfinished">مفتوحة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Never verified: call the service to check that it still runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not verified since %1: call the service to check that it still runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inactive: not offered for new referrals.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesTab</name>
    <message>
        <location filename="../../tipdesk/ui/directory/services_tab.py" line="+53"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+152"/>
        <source>Dea&amp;ctivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Mark &amp;verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record that you checked today that the selected services still run as described.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Template…</source>
        <translation type="unfinished">&amp;قالب…</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Loading services…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 service matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 services match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A&amp;ctivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Service %1 saved. It is hidden by the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Service %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>1 service activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 services activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 service deactivated: it is no longer offered for new referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 services deactivated: they are no longer offered for new referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick Show inactive to see them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 service marked verified today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 services marked verified today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionStart</name>
    <message>
        <location filename="../../tipdesk/ui/session_start.py" line="+87"/>
        <source>No backup for 7 days or more</source>
        <translation>لا توجد نسخة احتياطية منذ 7 أيام أو أكثر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup reminder</source>
        <translation>تذكير بالنسخ الاحتياطي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No backup for 7 days or more: Administration &gt; Office &gt; Back up now</source>
        <translation>لا توجد نسخة احتياطية منذ 7 أيام أو أكثر: الإدارة &gt; المكتب &gt; نسخ احتياطي الآن</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the backup file somewhere safe, away from this laptop.</source>
        <translation>احفظ ملف النسخة الاحتياطية في مكان آمن بعيدًا عن هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../tipdesk/ui/setup_dialog.py" line="+57"/>
        <source>Set up TIPDesk</source>
        <translation>إعداد TIPDesk</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Create the office database</source>
        <translation>إنشاء قاعدة بيانات المكتب</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This laptop has no TIPDesk office database yet. Create it here: it is encrypted, and only the people you give an account can open it.</source>
        <translation>لا توجد على هذا الحاسوب قاعدة بيانات مكتب لـ TIPDesk بعد. أنشئها هنا: إنها مشفّرة، ولا يفتحها إلا من تمنحهم حسابًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database file: %1</source>
        <translation>ملف قاعدة البيانات: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Office name</source>
        <translation>اسم المكتب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Maroua field office</source>
        <translation>مثلًا: مكتب ماروا الميداني</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. amina</source>
        <translation>مثلًا: amina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Amina Bello</source>
        <translation>مثلًا: أمينة بيلو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the password</source>
        <translation>أعد كتابة كلمة المرور</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Office name:</source>
        <translation>اسم ال&amp;مكتب:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation>ال&amp;بلد:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First administrator (you)</source>
        <translation>المسؤول الأول (أنت)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User name:</source>
        <translation>اسم ال&amp;مستخدم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full name:</source>
        <translation>الاسم ال&amp;كامل:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>كلمة الم&amp;رور:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repeat password:</source>
        <translation>أ&amp;عد كلمة المرور:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creating the office database</source>
        <translation>جارٍ إنشاء قاعدة بيانات المكتب</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cr&amp;eate office</source>
        <translation>إ&amp;نشاء المكتب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create office</source>
        <translation>إنشاء المكتب</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Type the name of the office, e.g. Maroua field office.</source>
        <translation>اكتب اسم المكتب، مثلًا: مكتب ماروا الميداني.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the country from the list (type to search).</source>
        <translation>اختر البلد من القائمة (اكتب للبحث).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Type a user name of letters, digits, dots, dashes or underscores, without spaces (at most %n characters).</source>
        <translation>
            <numerusform>اكتب اسم مستخدم من حروف أو أرقام أو نقاط أو شرطات، بلا مسافات (%n حرف على الأكثر).</numerusform>
            <numerusform>اكتب اسم مستخدم من حروف أو أرقام أو نقاط أو شرطات، بلا مسافات (حرف واحد على الأكثر).</numerusform>
            <numerusform>اكتب اسم مستخدم من حروف أو أرقام أو نقاط أو شرطات، بلا مسافات (حرفان على الأكثر).</numerusform>
            <numerusform>اكتب اسم مستخدم من حروف أو أرقام أو نقاط أو شرطات، بلا مسافات (%n أحرف على الأكثر).</numerusform>
            <numerusform>اكتب اسم مستخدم من حروف أو أرقام أو نقاط أو شرطات، بلا مسافات (%n حرفًا على الأكثر).</numerusform>
            <numerusform>اكتب اسم مستخدم من حروف أو أرقام أو نقاط أو شرطات، بلا مسافات (%n حرف على الأكثر).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This password is too weak: %1.</source>
        <translation>كلمة المرور هذه ضعيفة جدًا: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+28"/>
        <source>The two passwords are not the same. Type the same password in both fields.</source>
        <translation>كلمتا المرور غير متطابقتين. اكتب كلمة المرور نفسها في الحقلين.</translation>
    </message>
    <message numerus="yes">
        <location line="-21"/>
        <source>use at least %n characters</source>
        <translation>
            <numerusform>استخدم %n حرف على الأقل</numerusform>
            <numerusform>استخدم حرفًا واحدًا على الأقل</numerusform>
            <numerusform>استخدم حرفين على الأقل</numerusform>
            <numerusform>استخدم %n أحرف على الأقل</numerusform>
            <numerusform>استخدم %n حرفًا على الأقل</numerusform>
            <numerusform>استخدم %n حرف على الأقل</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>do not start or end with a space</source>
        <translation>لا تبدأ أو تنتهِ بمسافة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avoid common or repetitive passwords</source>
        <translation>تجنّب كلمات المرور الشائعة أو المكررة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>do not include the user name</source>
        <translation>لا تضمّنها اسم المستخدم</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Correct the fields marked above, then try again.</source>
        <translation>صحّح الحقول المشار إليها أعلاه، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creating the encrypted office database…</source>
        <translation>جارٍ إنشاء قاعدة بيانات المكتب المشفّرة…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Set up TIPDesk: recovery code</source>
        <translation>إعداد TIPDesk: رمز الاسترداد</translation>
    </message>
</context>
<context>
    <name>ShareList</name>
    <message>
        <location filename="../../tipdesk/ui/wizard/consent_share.py" line="+106"/>
        <source>Add a &amp;partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharePartnerRow</name>
    <message>
        <location line="-45"/>
        <source>Partner organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the partner organisation, as in the service directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent to share with this partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Information that may be shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Information the person agrees to share with it:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../tipdesk/ui/app.py" line="+120"/>
        <source>The office is ready. Sign in with the password you have just chosen.</source>
        <translation>المكتب جاهز. سجّل الدخول بكلمة المرور التي اخترتها للتو.</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>TIPDesk locked itself after %n min without use.</source>
        <translation>
            <numerusform>قفل TIPDesk نفسه بعد %n دقيقة دون استخدام.</numerusform>
            <numerusform>قفل TIPDesk نفسه بعد دقيقة واحدة دون استخدام.</numerusform>
            <numerusform>قفل TIPDesk نفسه بعد دقيقتين دون استخدام.</numerusform>
            <numerusform>قفل TIPDesk نفسه بعد %n دقائق دون استخدام.</numerusform>
            <numerusform>قفل TIPDesk نفسه بعد %n دقيقة دون استخدام.</numerusform>
            <numerusform>قفل TIPDesk نفسه بعد %n دقيقة دون استخدام.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TIPDesk locked itself while the computer was asleep.</source>
        <translation>قفل TIPDesk نفسه أثناء سكون الحاسوب.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TIPDesk locked itself when the screen was locked.</source>
        <translation>قفل TIPDesk نفسه عند قفل الشاشة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language is changed. Sign in again to continue.</source>
        <translation>تم تغيير اللغة. سجّل الدخول من جديد للمتابعة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIPDesk is locked. Sign in again to continue.</source>
        <translation>TIPDesk مقفل. سجّل الدخول من جديد للمتابعة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You were signed out. Sign in again to choose your own password.</source>
        <translation>تم تسجيل خروجك. سجّل الدخول من جديد لتختار كلمة مرورك الخاصة.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../tipdesk/ui/shortcuts.py" line="+68"/>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists and forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register a new case</source>
        <translation type="unfinished">تسجيل حالة جديدة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to the search field of the section shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lock TIPDesk (when you step away)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show these keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quit TIPDesk</source>
        <translation type="unfinished">الخروج من TIPDesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go to the field or press the button whose letter is underlined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alt + underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next field (Shift+Tab: the field before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick the box, or choose the option, that has the focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move to the next option in a row of choices, or the next row of a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the case or record selected in a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add the country or language typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the country or language selected in a list of chosen ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next tab (Ctrl+Shift+Tab: the tab before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close a window or dialog without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the case (on the last page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the wizard; what was typed is kept as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close, keep &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../tipdesk/ui/referrals/status_dialog.py" line="+51"/>
        <source>Record feedback or a change of status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is now: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The response deadline counts from this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sent on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded with today&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feedback or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the provider said, or why the status changed. No names: the case code is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New s&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Recording…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../tipdesk/ui/strength_meter.py" line="+23"/>
        <source>Password strength</source>
        <translation>قوة كلمة المرور</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Strength: type at least %n characters.</source>
        <translation>
            <numerusform>القوة: اكتب %n حرف على الأقل.</numerusform>
            <numerusform>القوة: اكتب حرفًا واحدًا على الأقل.</numerusform>
            <numerusform>القوة: اكتب حرفين على الأقل.</numerusform>
            <numerusform>القوة: اكتب %n أحرف على الأقل.</numerusform>
            <numerusform>القوة: اكتب %n حرفًا على الأقل.</numerusform>
            <numerusform>القوة: اكتب %n حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strength: %1. %2</source>
        <translation>القوة: %1. %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Strength: %1.</source>
        <translation>القوة: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>empty</source>
        <translation>فارغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too weak</source>
        <translation>ضعيفة جدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weak</source>
        <translation>ضعيفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fair</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>good</source>
        <translation>جيدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strong</source>
        <translation>قوية</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>استخدم %n حرف على الأقل.</numerusform>
            <numerusform>استخدم حرفًا واحدًا على الأقل.</numerusform>
            <numerusform>استخدم حرفين على الأقل.</numerusform>
            <numerusform>استخدم %n أحرف على الأقل.</numerusform>
            <numerusform>استخدم %n حرفًا على الأقل.</numerusform>
            <numerusform>استخدم %n حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A longer phrase of several unrelated words is stronger.</source>
        <translation>عبارة أطول من عدة كلمات لا رابط بينها أقوى.</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../tipdesk/ui/reports/summary_panel.py" line="+63"/>
        <source>&amp;Whole history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count the whole history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minimum cell size K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the summary as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minimum cell size &amp;K:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Counts from 1 to %1 are shown as “&lt;%2”, and further counts are hidden wherever a hidden one could be worked out from a total, so no reader can single out a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The period or K changed: press Preview to see the tables again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The first month is after the last month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Counting the cases that consented to anonymised statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No preview: it was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview cancelled. The counts being worked out will be discarded; nothing was shown or saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the anonymised summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Writing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelling: the PDF will be removed once written…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving cancelled, but %1 could not be removed: delete it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Saving cancelled; no PDF was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The anonymised summary was saved as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 could not be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPreview</name>
    <message>
        <location filename="../../tipdesk/ui/reports/summary_preview.py" line="+67"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+23"/>
        <location line="+7"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Preview of the anonymised summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the period and the minimum cell size, then press Preview to see every table as it will be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cells marked %1 hold a count under %2, or a count hidden so that a small one cannot be worked out from the totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anonymised summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period (registration month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cases counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cases left out: no consent to anonymised statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gaps in the service directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No gaps: every sector of every region has an active service that accepts trafficking cases and serves men, older people and non-nationals.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryReport</name>
    <message>
        <location filename="../../tipdesk/reports/summary_report.py" line="+46"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anonymised summary of trafficking cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period (registration month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cases left out: no consent to anonymised statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How small numbers are protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every count from 1 to %1 is shown as “&lt;%2”. Further counts are hidden in the same way wherever a hidden count could otherwise be worked out from a row or column total. Only cases whose person consented to anonymised statistics are counted. The report holds no names, case codes, dates of birth, exact dates or ages, free text, staff names, or places below the first administrative level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Gaps in the service directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No gaps: every sector of every region has an active service that accepts trafficking cases and serves men, older people and non-nationals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Anonymised summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+34"/>
        <location line="+5"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Grey bars: fewer than %1 cases; the exact number is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../tipdesk/ui/unlock_dialog.py" line="+67"/>
        <source>Sign in to TIPDesk</source>
        <translation>تسجيل الدخول إلى TIPDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TIPDesk</source>
        <translation>TIPDesk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type your password to unlock TIPDesk.</source>
        <translation>اكتب كلمة المرور لفتح قفل TIPDesk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to open the office database.</source>
        <translation>سجّل الدخول لفتح قاعدة بيانات المكتب.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User name:</source>
        <translation>اسم ال&amp;مستخدم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>كلمة الم&amp;رور:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Database file: %1</source>
        <translation>ملف قاعدة البيانات: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit TIPDesk</source>
        <translation>الخروج من TIPDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+128"/>
        <location line="+13"/>
        <source>&amp;Sign in</source>
        <translation>&amp;تسجيل الدخول</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;witch user</source>
        <translation>&amp;تبديل المستخدم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in as another user</source>
        <translation>تسجيل الدخول بحساب آخر</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Type your user name.</source>
        <translation>اكتب اسم المستخدم.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type your password.</source>
        <translation>اكتب كلمة المرور.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The office database could not be opened.</source>
        <translation>تعذّر فتح قاعدة بيانات المكتب.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot open the office database</source>
        <translation>لا يمكن فتح قاعدة بيانات المكتب</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>&amp;Sign in (%n s)</source>
        <translation>
            <numerusform>&amp;تسجيل الدخول (%n ث)</numerusform>
            <numerusform>&amp;تسجيل الدخول (%n ث)</numerusform>
            <numerusform>&amp;تسجيل الدخول (%n ث)</numerusform>
            <numerusform>&amp;تسجيل الدخول (%n ث)</numerusform>
            <numerusform>&amp;تسجيل الدخول (%n ث)</numerusform>
            <numerusform>&amp;تسجيل الدخول (%n ث)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Several attempts have failed. Wait %n seconds before trying again.</source>
        <translation>
            <numerusform>فشلت عدة محاولات. انتظر %n ثانية قبل المحاولة مجددًا.</numerusform>
            <numerusform>فشلت عدة محاولات. انتظر ثانية واحدة قبل المحاولة مجددًا.</numerusform>
            <numerusform>فشلت عدة محاولات. انتظر ثانيتين قبل المحاولة مجددًا.</numerusform>
            <numerusform>فشلت عدة محاولات. انتظر %n ثوانٍ قبل المحاولة مجددًا.</numerusform>
            <numerusform>فشلت عدة محاولات. انتظر %n ثانية قبل المحاولة مجددًا.</numerusform>
            <numerusform>فشلت عدة محاولات. انتظر %n ثانية قبل المحاولة مجددًا.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
</context>
<context>
    <name>UrgentActionPage</name>
    <message>
        <location filename="../../tipdesk/ui/wizard/safety_page.py" line="+18"/>
        <location line="+11"/>
        <source>Urgent action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The person is in immediate danger. Take action now, then record it here. You can go on with the case once this is written down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who was alerted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. supervisor, security focal point, clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. moved to a safe place, taken to the clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who was &amp;alerted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What was done:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../../tipdesk/ui/user_table_model.py" line="+63"/>
        <source>User name</source>
        <translation type="unfinished">اسم المستخدم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation type="unfinished">الاسم الكامل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This account has never signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Active</source>
        <translation type="unfinished">مفتوحة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../tipdesk/ui/admin/users_tab.py" line="+41"/>
        <source>Everyone who signs in to this office&apos;s database. A disabled account can no longer open it; enabling it again needs a new temporary password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset pass&amp;word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Account &apos;%1&apos; added. Give the temporary password to the colleague in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Disable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable the account &apos;%1&apos; (%2)? They can no longer sign in; their cases and the audit trail keep their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Disabling &apos;%1&apos;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account &apos;%1&apos; disabled: it can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable &apos;%1&apos; (%2) again with a new temporary password, which they must change at their next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Account &apos;%1&apos; enabled with a new temporary password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give &apos;%1&apos; (%2) a new temporary password, for when they have forgotten theirs. They must change it at their next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reset &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The password of &apos;%1&apos; was reset. Give the temporary password to them in person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_AccountDialog</name>
    <message>
        <location filename="../../tipdesk/ui/admin/user_dialogs.py" line="-156"/>
        <source>Temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This password is too weak: %1.</source>
        <translation type="unfinished">كلمة المرور هذه ضعيفة جدًا: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The two passwords are not the same. Type the same password in both fields.</source>
        <translation type="unfinished">كلمتا المرور غير متطابقتين. اكتب كلمة المرور نفسها في الحقلين.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>use at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>do not start or end with a space</source>
        <translation type="unfinished">لا تبدأ أو تنتهِ بمسافة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avoid common or repetitive passwords</source>
        <translation type="unfinished">تجنّب كلمات المرور الشائعة أو المكررة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>do not include the user name</source>
        <translation type="unfinished">لا تضمّنها اسم المستخدم</translation>
    </message>
</context>
<context>
    <name>anonymised_export</name>
    <message>
        <location filename="../../tipdesk/services/anonymised_export.py" line="+299"/>
        <source>{file}: use a .csv or .xlsx file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>k must be between 2 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <location filename="../../tipdesk/services/backup.py" line="+75"/>
        <source>The backup copy fails its integrity checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup&apos;s database does not open with its own key slots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{out} already exists. Choose a new file name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder {folder} does not exist. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The backup could not be written to {out}: {reason}. Nothing was changed in the office database; free some space or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>There is no backup file at {path}. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is not a TIPDesk backup file (or it is damaged). Nothing was changed. Choose the .tipdesk-backup file made by TIPDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The backup {path} is damaged or truncated. Nothing was changed; use another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup {path} is damaged: its content does not match its own checksums. Nothing was changed; use another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{db_path} already exists. Restoring would replace it: add --force (the replaced files are kept aside, never deleted), or restore to another path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The folder {folder} does not exist. Create it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Only an administrator (or the recovery code) may restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>case_access</name>
    <message>
        <location filename="../../tipdesk/services/case_access.py" line="+56"/>
        <source>Case {code} is restricted to its officer and administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Case {code} is managed by another officer; ask them or an administrator to reassign it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>case_file</name>
    <message>
        <location filename="../../tipdesk/services/case_file.py" line="+51"/>
        <source>There is no case {code}. Check the case code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Unknown field(s): {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This is an anonymous contact: identifying details may only be recorded after the person consents to registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unknown case status &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown sensitivity &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown sex &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The age must be between 0 and 120 years (leave it empty when unknown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unknown sector or need status: {sector}, {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>That consent is not currently given, so it cannot be withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Describe the follow-up action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>That follow-up action no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The note is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a closure reason ({value}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cases</name>
    <message>
        <location filename="../../tipdesk/ui/cases/common.py" line="+39"/>
        <location filename="../../tipdesk/ui/cases/fields.py" line="+129"/>
        <location line="+13"/>
        <location line="+24"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../tipdesk/ui/cases/fields.py" line="-36"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../tipdesk/ui/cases/fields.py" line="+1"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tipdesk/ui/cases/fields.py" line="+12"/>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Codes or names, separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a known %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../tipdesk/cli/__init__.py" line="+100"/>
        <source>interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected error ({kind}). Nothing reported as done was lost. Run again with --debug to see details, and report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tipdesk/cli/common.py" line="+35"/>
        <source>Run &apos;{command} --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>--user NAME is required: give your TIPDesk user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no password given: set TIPDESK_PASSWORD or use --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Type it again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <source>the two passwords differ. Nothing was created; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no new password given: set TIPDESK_NEW_PASSWORD or use --new-password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../tipdesk/cli/office_commands.py" line="+180"/>
        <source>New password for {user}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the two passwords differ. Nothing was changed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>your password was set by an administrator: change it first with &apos;tipdesk user passwd&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>row {row}, column {column} ({value}): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Columns TIPDesk does not use (ignored): {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../tipdesk/cli/data_commands.py" line="+87"/>
        <source>Imported %n case(s) ({first} to {last}).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file holds no cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wrote the case register template {file}; docs/spreadsheets.md lists its columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Exported %n service(s) to {file}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Directory imported: {added} added, {updated} updated, {unchanged} unchanged, {removed} removed, {deactivated} deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Wrote the directory template {file}; docs/spreadsheets.md lists its columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--cases must be between 0 and 1,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created the demo office {path} (fictional data only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>administrator: {user}  password: {password}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{user}  password: {password}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{done} of {total} cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Added %n fictional case(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tipdesk/cli/office_commands.py" line="-99"/>
        <source>Backup written and verified: {path} ({cases}, {users}). Store it away from this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <location line="+24"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-23"/>
        <source>%n user(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Restored {cases} to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the replaced file is kept as {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database is re-encrypted under a new key; every account and the recovery code open it as before. Make a new backup: older backups still use the old key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Purged case {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Purged %n closed case(s) past the retention period.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{code}  closed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n closed case(s) are past the retention period; &apos;tipdesk purge --expired&apos; purges them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--office NAME is required, e.g. --office &apos;Maroua field office&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--country ISO is required, e.g. --country CMR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Created the TIPDesk office database {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>office: {office}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>key slots: {path} (keep it with the database; backups carry both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>first administrator: {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RECOVERY CODE (shown only this once): {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print it or write it down now and keep it in the office safe. With it an
administrator can set a new password for anyone if passwords are forgotten;
anyone holding it and the database file can read every case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tipdesk/cli/report_commands.py" line="+66"/>
        <source>&apos;{text}&apos; is not a referral number such as REF-2026-00042.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wrote the referral form {number} to {file}. It holds personal data: keep it safe and destroy it when no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&apos;{text}&apos; is not a date: write 2026-06 or 2026-06-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Wrote the anonymised summary to {file}: {counted} cases counted, {excluded} left out (no consent to statistics).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Wrote {rows} anonymised records to {file} (k = {k}; {blanked} values blanked, {dropped} records left out, {excluded} cases without consent to statistics).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{file} could not be written: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tipdesk/cli/user_commands.py" line="+82"/>
        <source>Added {user} ({role}). They must change the password at their first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LAST SIGN-IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Disabled {user}; their key slot is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enabled {user}; they must change the password at sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set a new password for {user}; they must change it at sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your password is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no recovery code given: set TIPDESK_RECOVERY_CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery code: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set a new password for {user} with the recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>context</name>
    <message>
        <location filename="../../tipdesk/services/context.py" line="+74"/>
        <location line="+26"/>
        <source>TIPDesk is locked. Sign in again to continue.</source>
        <translation type="unfinished">TIPDesk مقفل. سجّل الدخول من جديد للمتابعة.</translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <location filename="../../tipdesk/store/copy.py" line="+24"/>
        <source>{target} already exists. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tipdesk/store/database.py" line="+49"/>
        <source>The database {db_path} cannot be decrypted with the key your password opened: the file is damaged, or it is not the database this key file belongs to (SQLCipher cannot tell the two apart). Nothing was changed. Restore the office&apos;s latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The database {db_path} is damaged (SQLite: {reason}). Nothing was changed. Run &apos;tipdesk check&apos; and restore the office&apos;s latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The database {db_path} is busy: another TIPDesk window or command is writing to it. Wait a moment, or close the other window, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The disk holding {db_path} is full or failing; nothing more could be saved. Free some space (or check the disk) and try again: earlier data is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no database at {db_path}. Check the path, or create a new office database with &apos;tipdesk init&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{db_path} is not a file. Give the path of the office database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database {db_path} is empty or truncated. Nothing was changed. Restore the office&apos;s latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{db_path} is an unencrypted SQLite file, not a TIPDesk database. Give the path of the office database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The SQLite library in use has no SQLCipher encryption; TIPDesk will not store data unencrypted. Reinstall TIPDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The database {db_path} is truncated or damaged: it is shorter than its own header says. Nothing was changed. Restore the office&apos;s latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tipdesk/store/migrate.py" line="+76"/>
        <source>The database {db_path} has no TIPDesk schema version: it is not a TIPDesk office database, or it is damaged. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database {db_path} was written by a newer TIPDesk (schema {current}). Nothing was changed: install the newer TIPDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>directory</name>
    <message>
        <location filename="../../tipdesk/services/directory.py" line="+126"/>
        <source>the organisation is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>use one of: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the type of service is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the region (admin-1) is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write a phone number with digits, spaces and an optional leading +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>write an e-mail address like name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;{value}&apos; is not one of: {value2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>{organisation} already has an active {sector} service at this site ({other}); edit or deactivate that one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Another active service ({other}) already covers this organisation, sector and site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>There is no service {ref} in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>disclosure</name>
    <message>
        <location filename="../../tipdesk/services/disclosure.py" line="+49"/>
        <source>The minimum cell size must be between {MIN_K} and {MAX_K}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drafts</name>
    <message>
        <location filename="../../tipdesk/services/drafts.py" line="+75"/>
        <source>That draft no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <location filename="../../tipdesk/ui/feedback.py" line="+20"/>
        <source>Something unexpected went wrong (%1). Nothing more was done. Try again; if it happens again, run &apos;tipdesk check&apos; and tell the person who supports TIPDesk in your office.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gaps</name>
    <message>
        <location filename="../../tipdesk/services/gaps.py" line="+17"/>
        <source>No service accepts trafficking cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No service for men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No service for older people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No service for non-nationals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../tipdesk/services/case_import.py" line="+100"/>
        <source>country (ISO 3166 code or name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language (ISO 639 code or name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+15"/>
        <source>not a known value; use one of: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not a known {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../tipdesk/services/directory_io.py" line="+186"/>
        <source>not a date; write it as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a whole number of years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../tipdesk/services/directory_io.py" line="-39"/>
        <source>write yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>names or contacts need consent to register (yes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>write needs as &apos;sector: wants|declines|already-receiving&apos;, separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the same column as &apos;{value}&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>none of these columns describes a person (sex, age, names, consent...): is this the right file? Start from the template (&apos;tipdesk cases template&apos;) or use HTCDS column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>may be the person of case {code}; check, or import with --allow-duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tipdesk/services/directory_io.py" line="-8"/>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+19"/>
        <source>use one of: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>not a known language (ISO 639)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>this column is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this column appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the same service as row {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>key_rotation</name>
    <message>
        <location filename="../../tipdesk/services/key_rotation.py" line="+67"/>
        <source>Another window still has the database open; the key was not rotated. Close other TIPDesk windows and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyslots</name>
    <message>
        <location filename="../../tipdesk/store/keyslots.py" line="+120"/>
        <source>The key file {path} is missing. Without it the database cannot be opened: put back the .keys file from a backup, or restore the whole backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The key file {path} is damaged or is not a TIPDesk key file. Nothing was changed: put back the .keys file from a backup, or restore the whole backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The key file {path} has format version {value}, which this TIPDesk does not know. Install the TIPDesk version that made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+5"/>
        <source>Wrong user name or password. Check both and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>That recovery code does not open this database. Check it against the printed copy (letters and digits only; dashes and spaces do not matter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A key slot lacks the new database key; rotation stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Key file {path} uses an unknown key derivation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A key slot in {path} is damaged. Nothing was changed: put back the .keys file from a backup, or use the recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>office</name>
    <message>
        <location filename="../../tipdesk/services/office.py" line="+51"/>
        <source>&apos;{country}&apos; is not a country TIPDesk knows. Give an ISO 3166 code such as CMR or CM, or the country&apos;s English name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A user name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{username}&apos; cannot be a user name: use up to {MAX_USERNAME} letters, digits, dots, dashes or underscores, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{existing} already exists. TIPDesk never overwrites an office database: choose another path, or open the existing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder {folder} does not exist. Create it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An office name is required, e.g. &apos;Maroua field office&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The database {db_path} has no office settings: it is damaged. Nothing was changed. Restore the office&apos;s latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This account is disabled or no longer exists. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passwords</name>
    <message>
        <location filename="../../tipdesk/services/passwords.py" line="+45"/>
        <source>use at least {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>do not start or end with a space</source>
        <translation type="unfinished">لا تبدأ أو تنتهِ بمسافة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>avoid common or repetitive passwords</source>
        <translation type="unfinished">تجنّب كلمات المرور الشائعة أو المكررة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>do not include the user name</source>
        <translation type="unfinished">لا تضمّنها اسم المستخدم</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The password is too weak: {problems}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>permissions</name>
    <message>
        <location filename="../../tipdesk/services/permissions.py" line="+37"/>
        <source>manage user accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change office settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>make or restore backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purge cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>register cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open case files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import case registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view the service directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the service directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>override a missing referral consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>see the referral queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print referral forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record referral feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>produce anonymised reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your role ({role}) may not {action}. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../tipdesk/services/case_records.py" line="+32"/>
        <source>This is an anonymous contact: {what} may only be recorded once the person consents to registration and is registered with the case wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Tick the information the person agrees to share with this partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>identifying information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>safety assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>screenings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tipdesk/services/case_registration.py" line="+183"/>
        <source>Immediate danger: record who was alerted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Immediate danger: record what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A referral consent names its sector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent to share names the partner it is shared with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For a child, record the child&apos;s assent with a parent or guardian&apos;s consent, or a best-interests decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Document the best-interests decision (why the guardian is not asked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name the parent or guardian who consented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Overriding the computed outcome needs a written reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Record whether the person consents to registering their personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The age must be between 0 and 120 years (leave it empty when unknown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The date of birth cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+193"/>
        <source>The case cannot be saved yet: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>referral_views</name>
    <message>
        <location filename="../../tipdesk/services/referral_views.py" line="+56"/>
        <source>That referral no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The person withdrew the consent this referral relied on: its form cannot be printed. Cancel the referral.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>referrals</name>
    <message>
        <location filename="../../tipdesk/services/referrals.py" line="+90"/>
        <source>There is no case {code}. Check the case code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The service {ref} is not an active service of the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Unknown sector or priority: {sector}, {priority}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown field(s) to disclose: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The person declined this sector&apos;s services: a declined need is not referred (self-determination). Record a change of mind on the needs tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The service {ref} is not in the {sector} sector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no consent to refer this person to this sector. Record the consent first; only an administrator may override, with a written reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The consents do not allow disclosing: {fields}. Record consent to share them with this partner, or leave them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Unknown referral status &apos;{status}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That referral no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A referral that is {status} cannot become {status2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The person withdrew consent for this referral: it cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retention</name>
    <message>
        <location filename="../../tipdesk/services/retention.py" line="+57"/>
        <source>There is no case {code}. Check the case code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>screening</name>
    <message>
        <location filename="../../tipdesk/services/screening.py" line="+52"/>
        <source>An Act and a Purpose of exploitation are present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person is a child: no Means is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An Act, a Means and a Purpose of exploitation are present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Some indicators are present, but not the whole definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not yet seen: {missing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No indicator of trafficking was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Men and boys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Older people (60 and over)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labour exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organ removal</source>
        <translation type="unfinished">نزع الأعضاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Migrants, refugees and other non-nationals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Handled as a {pathway} case, but it meets the definition of trafficking: record and refer it as trafficking too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../tipdesk/services/settings.py" line="+50"/>
        <source>The auto-lock time must be between {low} and {high} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The retention period must be between {low} and {high} months.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sign_in</name>
    <message>
        <location filename="../../tipdesk/services/sign_in_throttle.py" line="+65"/>
        <source>Several attempts have failed. Wait {seconds} seconds, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>space</name>
    <message>
        <location filename="../../tipdesk/store/space.py" line="+56"/>
        <source>Disk full: there is no space left on the disk that holds {path}, so this was not saved there. Free space and try again; everything saved before is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{path} could not be written: {reason}. Choose another place and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statistics</name>
    <message>
        <location filename="../../tipdesk/services/statistics.py" line="+62"/>
        <source>Cases</source>
        <translation type="unfinished">الحالات</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>New cases by month of registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open cases by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A case counts in every month it was open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sex and age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A case may count in several columns; the total is a number of answers, not of people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forms of exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Means of control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nationality status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trafficked in-country or abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Screening outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Groups that child-protection and GBV pathways usually miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Referrals by sector and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unmet needs by sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A need the person wants with no referral, or whose referrals were declined, unanswered or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tabular</name>
    <message>
        <location filename="../../tipdesk/services/tabular.py" line="+94"/>
        <source>{file}: use a .csv or .xlsx file (the extension decides the format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no file at {path}. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is larger than 256 MB; split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} is empty but for its header row: it needs at least one row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is empty: it needs a header row and at least one row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} has more than {MAX_ROWS} rows; split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{file} is not a text CSV file: line {line} holds a NUL character (is it a spreadsheet saved with a .csv name, or a damaged file?). Save it as &apos;CSV UTF-8&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file} is not a well-formed CSV file ({exc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} starts as UTF-16 text but is cut off or damaged. Save it again as &apos;CSV UTF-8&apos; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} is not UTF-8 text (line {line} is in another encoding, such as Windows or Latin-1). In your spreadsheet, save it as &apos;CSV UTF-8&apos; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file} is not a readable .xlsx workbook (it may be cut off, damaged, or another kind of file renamed). Open it in your spreadsheet and save it again as .xlsx (or as CSV UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>{path} could not be written: {reason}. Free some space or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <location filename="../../tipdesk/models/text.py" line="+35"/>
        <source>it holds a control character ({code}) that cannot be stored; remove it (it may come from a damaged file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is too long: at most {limit} characters, not {length}; shorten it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>users</name>
    <message>
        <location filename="../../tipdesk/services/users.py" line="+54"/>
        <source>&apos;{role}&apos; is not a role. Use one of: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no user &apos;{username}&apos;. &apos;tipdesk user list&apos; shows the accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The user name &apos;{name}&apos; is taken. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>You cannot disable your own account while signed in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enabling an account needs a new password for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&apos;{username}&apos; is disabled: enable the account instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The new password must differ from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no active account &apos;{username}&apos; in this office database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../tipdesk/models/vocab.py" line="+71"/>
        <source>Administrator</source>
        <translation>مسؤول النظام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection officer</source>
        <translation>موظف الحماية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focal point</source>
        <translation>جهة التنسيق</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>قيد المتابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed, referred</source>
        <translation>مغلقة، محالة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Standard</source>
        <translation>عادية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restricted (assigned officer and administrators only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transgender female</source>
        <translation>أنثى عابرة جنسيًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transgender male</source>
        <translation>ذكر عابر جنسيًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Non-conforming or other</source>
        <translation>غير نمطي أو آخر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not specified or unknown</source>
        <translation>غير محدد أو غير معروف</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>0–8</source>
        <translation>0–8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>9–17</source>
        <translation>9–17</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>18–20</source>
        <translation>18–20</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>21–23</source>
        <translation>21–23</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>24–26</source>
        <translation>24–26</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>27–29</source>
        <translation>27–29</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30–38</source>
        <translation>30–38</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>39–47</source>
        <translation>39–47</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>48 and over</source>
        <translation>48 فأكثر</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <location line="+214"/>
        <location line="+11"/>
        <location line="+8"/>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>National</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refugee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asylum seeker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internally displaced person (IDP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returnee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stateless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+87"/>
        <location line="+32"/>
        <location line="+62"/>
        <location line="+33"/>
        <location line="+11"/>
        <location line="+110"/>
        <location line="+13"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location line="-339"/>
        <source>Protection (general, legal aid, documentation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender-based violence (GBV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Water, sanitation and hygiene (WASH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelter and non-food items (NFI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camp coordination and camp management (CCCM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nutrition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mental health and psychosocial support (MHPSS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early recovery and livelihoods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recruitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transportation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harbouring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt of persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Threat or use of force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other forms of coercion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fraud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abuse of power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abuse of a position of vulnerability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payments or benefits to a person in control of the victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prostitution of others or other sexual exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forced labour or services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slavery or practices similar to slavery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Servitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removal of organs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forced labour</source>
        <translation>العمل القسري</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sexual exploitation</source>
        <translation>الاستغلال الجنسي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Child labour</source>
        <translation>عمل الأطفال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forced marriage</source>
        <translation>الزواج القسري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domestic or other servitude</source>
        <translation>الاستعباد المنزلي أو غيره</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forced military service (non-state actors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../tipdesk/services/statistics.py" line="-35"/>
        <source>Organ removal</source>
        <translation>نزع الأعضاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forced begging</source>
        <translation>التسوّل القسري</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forced or illegal adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forced surrogacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forced criminality</source>
        <translation>الإجرام القسري</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prostitution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pornography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remote interactive services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Private sexual services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agriculture and forestry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fishing and aquaculture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mining and quarrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hospitality and food services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domestic work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport and storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wholesale and retail trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begging and street selling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Threats of physical harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Threats of law enforcement or deportation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Threatens children or family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Debt bondage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physical abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sexual abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restricts access to money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restricts medical care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Withholds food, water or sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Psychological abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forced use of alcohol or drugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Excessive working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Withholds identity or travel documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restricts movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses the person&apos;s children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At a place of business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At a school or college</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online social network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Online advertisement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TV, radio or newspaper advertisement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Through family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Through friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intimate partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acquaintance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did not know them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In-country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abroad (across a border)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both in-country and abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Presumed victim of trafficking</source>
        <translation>ضحية مفترضة للاتجار بالأشخاص</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indicators present, assess further</source>
        <translation>مؤشرات موجودة، يلزم تقييم إضافي</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No indicators of trafficking</source>
        <translation>لا مؤشرات على الاتجار</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not handled by another pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled as a child-protection case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled as a GBV case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled by another pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wants this service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declines this service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already receiving it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registering personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral to a sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharing named information with a named partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use in anonymised statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The child&apos;s assent and a parent or guardian&apos;s consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The child&apos;s assent and a documented best-interests decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verbal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Emergency (within 24 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent (within 72 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal (within 2 weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draft</source>
        <translation type="unfinished">المسودة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined by the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Support plan completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to another organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the person&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved out of the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a trafficking case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>UN agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International NGO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National NGO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community-based organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Law enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Children (under 18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adults (18 to 59)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../tipdesk/services/statistics.py" line="-2"/>
        <source>Older people (60 and over)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation type="unfinished">الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone and other contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caregiver (for a child)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe way and time to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form of exploitation</source>
        <translation type="unfinished">شكل الاستغلال</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sex</source>
        <translation type="unfinished">الجنس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age band</source>
        <translation type="unfinished">الفئة العمرية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs in this sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tipdesk/services/statistics.py" line="-1"/>
        <source>Men and boys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labour exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Migrants, refugees, non-nationals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
