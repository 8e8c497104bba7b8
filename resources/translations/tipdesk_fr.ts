<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../tipdesk/ui/about_dialog.py" line="+19"/>
        <source>About TIPDesk</source>
        <translation>À propos de TIPDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TIPDesk</source>
        <translation>TIPDesk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Case management for humanitarian protection staff who meet victims of trafficking: one field office, one laptop, no network.</source>
        <translation>Gestion des dossiers pour le personnel de protection humanitaire qui rencontre des victimes de la traite des personnes&#xa0;: un bureau de terrain, un ordinateur portable, aucun réseau.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office:</source>
        <translation>Bureau&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database file:</source>
        <translation>Fichier de la base de données&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in:</source>
        <translation>Connecté·e&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../tipdesk/ui/admin/user_dialogs.py" line="+163"/>
        <source>&amp;Add user</source>
        <translation>&amp;Ajouter l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. fatou</source>
        <translation>p. ex. fatou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Fatou Ndiaye</source>
        <translation>p. ex. Fatou Ndiaye</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Full name:</source>
        <translation>Nom &amp;complet&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;ole:</source>
        <translation>R&amp;ôle&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new colleague signs in with this temporary password and must choose their own at the first sign-in. Give it to them in person, never by message.</source>
        <translation>Le ou la collègue se connecte avec ce mot de passe provisoire et doit choisir le sien à la première connexion. Remettez-le en personne, jamais par message.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Type a user name of letters, digits, dots, dashes or underscores, without spaces (at most %n characters).</source>
        <translation>
            <numerusform>Saisissez un nom d&apos;utilisateur fait de lettres, chiffres, points, tirets ou tirets bas, sans espace (%n caractère au plus).</numerusform>
            <numerusform>Saisissez un nom d&apos;utilisateur fait de lettres, chiffres, points, tirets ou tirets bas, sans espace (%n caractères au plus).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Correct the fields marked above, then try again.</source>
        <translation>Corrigez les champs signalés ci-dessus, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>AdministrationPage</name>
    <message>
        <location filename="../../tipdesk/ui/admin/administration_page.py" line="+26"/>
        <source>&amp;Users</source>
        <translation>Utili&amp;sateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit t&amp;rail</source>
        <translation>&amp;Journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Office</source>
        <translation>&amp;Bureau</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../tipdesk/ui/admin/audit_tab.py" line="+55"/>
        <source>Action starts with</source>
        <translation>L&apos;action commence par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. user. or case</source>
        <translation>p. ex. user. ou case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. amina</source>
        <translation>p. ex. amina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. CMR-2026-0001</source>
        <translation>p. ex. CMR-2026-0001</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ilter</source>
        <translation>F&amp;iltrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply filter</source>
        <translation>Appliquer le filtre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Action:</source>
        <translation>A&amp;ction&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U&amp;ser:</source>
        <translation>U&amp;tilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;ecord:</source>
        <translation>En&amp;registrement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fro&amp;m:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>A&amp;u&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Audit events</source>
        <translation>Événements d&apos;audit</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Verify chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify the audit chain</source>
        <translation>Vérifier la chaîne d&apos;audit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that no event was changed, removed or moved since it was recorded.</source>
        <translation>Vérifie qu&apos;aucun événement n&apos;a été modifié, supprimé ou déplacé depuis son enregistrement.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>any date</source>
        <translation>toute date</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Reading the audit trail…</source>
        <translation>Lecture du journal d&apos;audit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No events match this filter.</source>
        <translation>Aucun événement ne correspond à ce filtre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 events; the newest %2 are shown, scroll down for more.</source>
        <translation>%1 événements&#xa0;; les %2 plus récents sont affichés, faites défiler pour voir la suite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 event.</source>
        <translation>1 événement.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 events.</source>
        <translation>%1 événements.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking every event of the audit trail…</source>
        <translation>Vérification de chaque événement du journal d&apos;audit…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Intact: 1 event; it was not changed, removed or moved.</source>
        <translation>Intact&#xa0;: 1 événement&#xa0;; il n&apos;a été ni modifié, ni supprimé, ni déplacé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intact: %1 events; none was changed, removed or moved.</source>
        <translation>Intact&#xa0;: %1 événements&#xa0;; aucun n&apos;a été modifié, supprimé ou déplacé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finding the first changed event in the list…</source>
        <translation>Recherche du premier événement modifié dans la liste…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Broken at event %1: %2.</source>
        <translation>Rompu à l&apos;événement %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That event is not in the list shown: clear the filter and scroll down to it.</source>
        <translation>Cet événement ne figure pas dans la liste affichée&#xa0;: effacez le filtre et faites défiler jusqu&apos;à lui.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Someone changed the database outside TIPDesk. Keep this laptop as it is and tell your supervisor.</source>
        <translation>Quelqu&apos;un a modifié la base de données en dehors de TIPDesk. Laissez cet ordinateur tel quel et prévenez votre superviseur·e.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../tipdesk/ui/audit_table_model.py" line="+104"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record type</source>
        <translation>Type d&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed fields</source>
        <translation>Champs modifiés</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Event %1, recorded %2 UTC</source>
        <translation>Événement %1, enregistré le %2 UTC</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No signed-in user: a failed sign-in or the recovery code.</source>
        <translation>Aucun utilisateur connecté&#xa0;: un échec de connexion ou le code de récupération.</translation>
    </message>
</context>
<context>
    <name>CaseFileDialog</name>
    <message>
        <location filename="../../tipdesk/ui/cases/case_file_view.py" line="+84"/>
        <source>Case %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Parts of the case file</source>
        <translation>Parties du dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Safety</source>
        <translation>&amp;Sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Consent</source>
        <translation>&amp;Consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sc&amp;reening</source>
        <translation>&amp;Dépistage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Needs</source>
        <translation>&amp;Besoins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ferrals</source>
        <translation>&amp;Référencements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ollow-up</source>
        <translation>S&amp;uivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;tes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;losure</source>
        <translation>C&amp;lôture</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>registered %1</source>
        <translation>enregistré le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>officer: %1</source>
        <translation>chargé·e&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unassigned</source>
        <translation>non attribué</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>restricted</source>
        <translation>restreint</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>follow-up overdue since %1</source>
        <translation>suivi en retard depuis le %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>next follow-up %1</source>
        <translation>prochain suivi le %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read only: this case is managed by %1. Ask them or an administrator to reassign it if you need to change it.</source>
        <translation>Lecture seule&#xa0;: ce dossier est géré par %1. Demandez-lui, ou à un administrateur, de vous le réattribuer si vous devez le modifier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another officer</source>
        <translation>un·e autre chargé·e de protection</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Edit of %1</source>
        <translation>Modification de %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some changes in case %1 are not saved. Close it and lose them?</source>
        <translation>Des modifications du dossier %1 ne sont pas enregistrées. Le fermer et les perdre&#xa0;?</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../tipdesk/ui/case_table_model.py" line="+140"/>
        <source>Case code</source>
        <translation>Code du dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer</source>
        <translation>Chargé·e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age band</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form of exploitation</source>
        <translation>Forme d&apos;exploitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screening outcome</source>
        <translation>Résultat du dépistage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next follow-up</source>
        <translation>Prochain suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This column cannot be sorted.</source>
        <translation>Cette colonne ne peut pas être triée.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>A follow-up action is %n day(s) overdue.</source>
        <translation>
            <numerusform>Une action de suivi a %n jour de retard.</numerusform>
            <numerusform>Une action de suivi a %n jours de retard.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unassigned</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
</context>
<context>
    <name>CaseWizard</name>
    <message>
        <location filename="../../tipdesk/ui/wizard/identification_page.py" line="+30"/>
        <source>child-protection</source>
        <translation>protection de l&apos;enfance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GBV</source>
        <translation>VBG</translation>
    </message>
    <message>
        <location filename="../../tipdesk/ui/wizard/wizard.py" line="+61"/>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Often missed by child-protection and GBV pathways: %1.</source>
        <translation>Souvent oubliés par les circuits de protection de l&apos;enfance et de VBG&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Draft not found</source>
        <translation>Brouillon introuvable</translation>
    </message>
    <message>
        <location filename="../../tipdesk/ui/wizard/widgets.py" line="+143"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sure</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>One row each: Tab goes to the next row, the arrow keys choose.</source>
        <translation>Une ligne chacune&#xa0;: Tab passe à la ligne suivante, les touches fléchées choisissent.</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../tipdesk/ui/cases/cases_page.py" line="+61"/>
        <source>&amp;New case…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Register a new case</source>
        <translation>Enregistrer un nouveau dossier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import register…</source>
        <translation>&amp;Importer un registre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a case register</source>
        <translation>Importer un registre de dossiers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Template…</source>
        <translation>&amp;Modèle…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save a case register template</source>
        <translation>Enregistrer un modèle de registre de dossiers</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search cases</source>
        <translation>Rechercher des dossiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by case code, name or alias</source>
        <translation>Rechercher par code du dossier, nom ou alias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list follows as you type; Enter searches at once, Tab goes on to it.</source>
        <translation>La liste suit votre saisie&#xa0;; Entrée lance la recherche tout de suite, Tab passe à la liste.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by officer</source>
        <translation>Filtrer par chargé·e de protection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by screening outcome</source>
        <translation>Filtrer par résultat du dépistage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All outcomes</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overdue follow-up only</source>
        <translation>Suivis en &amp;retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only cases with an overdue follow-up</source>
        <translation>Seulement les dossiers dont un suivi est en retard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>St&amp;atus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offi&amp;cer:</source>
        <translation>C&amp;hargé·e&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;utcome:</source>
        <translation>Rés&amp;ultat&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>All officers</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (disabled)</source>
        <translation>%1 (désactivé)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Loading cases…</source>
        <translation>Chargement des dossiers…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No case matches.</source>
        <translation>Aucun dossier ne correspond.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cases, %2 loaded; scroll for more.</source>
        <translation>%1 dossiers, %2 chargés&#xa0;; faites défiler pour voir la suite.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n case(s).</source>
        <translation>
            <numerusform>%n dossier.</numerusform>
            <numerusform>%n dossiers.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Opening case %1…</source>
        <translation>Ouverture du dossier %1…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case wizard is not part of this version of TIPDesk yet. Cases can be imported from a register meanwhile.</source>
        <translation>L&apos;assistant de dossier ne fait pas encore partie de cette version de TIPDesk. En attendant, les dossiers peuvent être importés depuis un registre.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Case %1 was registered.</source>
        <translation>Le dossier %1 a été enregistré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The template was saved as %1.</source>
        <translation>Le modèle a été enregistré sous %1.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../tipdesk/ui/password_dialog.py" line="+47"/>
        <source>Choose your own password</source>
        <translation>Choisissez votre propre mot de passe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, you signed in with a temporary password given by an administrator. Choose a password of your own before you continue: only you should know it.</source>
        <translation>%1, vous vous êtes connecté·e avec un mot de passe provisoire donné par un administrateur. Choisissez votre propre mot de passe avant de continuer&#xa0;: vous seul·e devez le connaître.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type your current password, then the new one twice. It opens the office database for your account (%1) only.</source>
        <translation>Saisissez votre mot de passe actuel, puis le nouveau deux fois. Il ouvre la base de données du bureau pour votre compte (%1) uniquement.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Temporary password</source>
        <translation>Mot de passe provisoire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the new password</source>
        <translation>Répétez le nouveau mot de passe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Temporary password:</source>
        <translation>Mot de passe &amp;provisoire&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Répétez le nouveau&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changing the password</source>
        <translation>Changement du mot de passe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change &amp;password</source>
        <translation>&amp;Changer le mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Type your current password.</source>
        <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This password is too weak: %1.</source>
        <translation>Ce mot de passe est trop faible&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two new passwords differ.</source>
        <translation>Les deux nouveaux mots de passe diffèrent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new password must differ from the current one.</source>
        <translation>Le nouveau mot de passe doit être différent de l&apos;actuel.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The current password is not right.</source>
        <translation>Le mot de passe actuel n&apos;est pas correct.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>use at least %n characters</source>
        <translation>
            <numerusform>utilisez au moins %n caractère</numerusform>
            <numerusform>utilisez au moins %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>do not start or end with a space</source>
        <translation>ne commencez ni ne terminez par une espace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avoid common or repetitive passwords</source>
        <translation>évitez les mots de passe courants ou répétitifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>do not include the user name</source>
        <translation>n&apos;y mettez pas le nom d&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <location filename="../../tipdesk/ui/directory/fields.py" line="+60"/>
        <location line="+23"/>
        <source>None ticked: everyone.</source>
        <translation>Aucune case cochée&#xa0;: tout le monde.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only those ticked.</source>
        <translation>Seulement les cases cochées.</translation>
    </message>
</context>
<context>
    <name>ClosureTab</name>
    <message>
        <location filename="../../tipdesk/ui/cases/closure_tab.py" line="+41"/>
        <source>Closure reason</source>
        <translation>Motif de clôture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a reason</source>
        <translation>Choisissez un motif</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The person &amp;was referred on (status: closed, referred)</source>
        <translation>La personne &amp;a été référée ailleurs (statut&#xa0;: clôturé, référé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed and referred</source>
        <translation>Clôturé et référé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closing date</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close c&amp;ase…</source>
        <translation>Clôturer le doss&amp;ier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the case</source>
        <translation>Clôturer le dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close this case</source>
        <translation>Clôturer ce dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;eason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close&amp;d on:</source>
        <translation>Clôturé l&amp;e&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 on %2. Reason: %3.</source>
        <translation>%1 le %2. Motif&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close the case when no further action is planned. Open referrals and follow-up actions are not changed.</source>
        <translation>Clôturez le dossier lorsqu&apos;aucune autre action n&apos;est prévue. Les référencements et les actions de suivi en cours ne sont pas modifiés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This case is open.</source>
        <translation>Ce dossier est ouvert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a closure reason.</source>
        <translation>Choisissez un motif de clôture.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close case</source>
        <translation>Clôturer le dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close case %1 as &apos;%2&apos; (reason: %3)?</source>
        <translation>Clôturer le dossier %1 comme «&#xa0;%2&#xa0;» (motif&#xa0;: %3)&#xa0;?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The case was closed.</source>
        <translation>Le dossier a été clôturé.</translation>
    </message>
</context>
<context>
    <name>CodePicker</name>
    <message>
        <location filename="../../tipdesk/ui/wizard/code_picker.py" line="+78"/>
        <source>Type to search, then press Enter</source>
        <translation>Tapez pour rechercher, puis appuyez sur Entrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type part of a name or code and press Enter to add it. Delete removes the entry selected in the list below.</source>
        <translation>Tapez une partie d&apos;un nom ou d&apos;un code et appuyez sur Entrée pour l&apos;ajouter. Suppr retire l&apos;élément sélectionné dans la liste ci-dessous.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to %1</source>
        <translation>Ajouter à %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chosen: %1</source>
        <translation>Choisis&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an entry and press Delete to remove it</source>
        <translation>Sélectionnez un élément et appuyez sur Suppr pour le retirer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from %1</source>
        <translation>Retirer de %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not found: choose one of the suggestions</source>
        <translation>Introuvable&#xa0;: choisissez l&apos;une des suggestions</translation>
    </message>
</context>
<context>
    <name>ConfidentialityPage</name>
    <message>
        <location filename="../../tipdesk/ui/wizard/confidentiality_page.py" line="+24"/>
        <source>Not asked</source>
        <translation>Non demandé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With parents or usual caregiver</source>
        <translation>Avec ses parents ou la personne qui s&apos;en occupe habituellement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Separated (with another adult, not the usual caregiver)</source>
        <translation>Séparé·e (avec un autre adulte, pas la personne qui s&apos;en occupe habituellement)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unaccompanied</source>
        <translation>Non accompagné·e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case code and access</source>
        <translation>Code du dossier et accès</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sensitivit&amp;y:</source>
        <translation>Sensibilit&amp;é&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restricted: only the assigned officer and administrators can open the case. Standard: protection staff of the office.</source>
        <translation>Restreint&#xa0;: seuls le ou la chargé·e de protection attitré·e et les administrateurs peuvent ouvrir le dossier. Standard&#xa0;: le personnel de protection du bureau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The person did not consent to registering personal data: no name, alias, date of birth or contact is recorded. This stays an anonymous contact.</source>
        <translation>La personne n&apos;a pas consenti à l&apos;enregistrement de ses données personnelles&#xa0;: aucun nom, alias, date de naissance ni contact n&apos;est enregistré. Cela reste un contact anonyme.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Identifying details (with consent to register)</source>
        <translation>Données d&apos;identification (avec consentement à l&apos;enregistrement)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;lias (optional):</source>
        <translation>A&amp;lias (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name the person uses instead of their own</source>
        <translation>Un nom que la personne utilise à la place du sien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gi&amp;ven names:</source>
        <translation>Pré&amp;noms&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Family name:</source>
        <translation>Nom de &amp;famille&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only if safe: others may read this phone</source>
        <translation>Seulement si c&apos;est sûr&#xa0;: d&apos;autres peuvent lire ce téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Other contact:</source>
        <translation>&amp;Autre contact&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. through a named relative or centre</source>
        <translation>p. ex. par l&apos;intermédiaire d&apos;un proche ou d&apos;un centre nommé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address or location</source>
        <translation>Adresse ou lieu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where the person can be found safely</source>
        <translation>Où l&apos;on peut trouver la personne en sécurité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Addre&amp;ss:</source>
        <translation>Ad&amp;resse&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Caregiver (for a child)</source>
        <translation>Personne en charge (pour un enfant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caregiver&apos;s na&amp;me:</source>
        <translation>No&amp;m de la personne en charge&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caregiver&apos;s con&amp;tact:</source>
        <translation>Contact de la personne en c&amp;harge&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Separated or unaccompanied</source>
        <translation>Séparé·e ou non accompagné·e</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Separated or &amp;unaccompanied:</source>
        <translation>Séparé·e ou non acc&amp;ompagné·e&#xa0;:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The case code is made when you save (it will look like %1…). It never contains a name: use it on forms, in referrals and when you talk about the case.</source>
        <translation>Le code du dossier est créé à l&apos;enregistrement (il ressemblera à %1…). Il ne contient jamais de nom&#xa0;: utilisez-le sur les formulaires, dans les référencements et quand vous parlez du dossier.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date of birth: %1 (entered with the age on the profile page).</source>
        <translation>Date de naissance&#xa0;: %1 (saisie avec l&apos;âge sur la page du profil).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date of birth: enter it, if known, as the age on the profile page.</source>
        <translation>Date de naissance&#xa0;: saisissez-la, si elle est connue, comme l&apos;âge sur la page du profil.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../tipdesk/ui/cases/consent_dialog.py" line="+35"/>
        <source>Record consent</source>
        <translation>Enregistrer un consentement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Explain in a language the person understands what they agree to, that they may refuse, and that they may withdraw it at any time.</source>
        <translation>Expliquez dans une langue que la personne comprend ce qu&apos;elle accepte, qu&apos;elle peut refuser, et qu&apos;elle peut retirer son consentement à tout moment.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the consent is for</source>
        <translation>Objet du consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose of the consent</source>
        <translation>Objet du consentement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sector of the referral</source>
        <translation>Secteur du référencement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a sector</source>
        <translation>Choisissez un secteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sec&amp;tor:</source>
        <translation>Sec&amp;teur&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partner organisation</source>
        <translation>Organisation partenaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the partner organisation, as in the service directory</source>
        <translation>Nom de l&apos;organisation partenaire, tel que dans le répertoire des services</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pa&amp;rtner:</source>
        <translation>Pa&amp;rtenaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Information that may be shared</source>
        <translation>Informations qui peuvent être partagées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;nformation:</source>
        <translation>I&amp;nformations&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Décision&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who gave it, and how</source>
        <translation>Qui l&apos;a donné, et comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who gave the consent</source>
        <translation>Qui a donné le consentement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gi&amp;ven by:</source>
        <translation>Donné &amp;par&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent or guardian&apos;s name</source>
        <translation>Nom du parent ou tuteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent or &amp;guardian:</source>
        <translation>Parent ou t&amp;uteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Best-interests decision</source>
        <translation>Décision fondée sur l&apos;intérêt supérieur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the guardian is not asked (e.g. implicated), who decided, when</source>
        <translation>Pourquoi le tuteur n&apos;est pas consulté (p. ex. impliqué), qui a décidé, quand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Best-interests d&amp;ecision:</source>
        <translation>Décision d&apos;intérêt sup&amp;érieur&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How consent was given</source>
        <translation>Comment le consentement a été donné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;How:</source>
        <translation>&amp;Comment&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the consent</source>
        <translation>Langue du consentement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An &amp;interpreter was used</source>
        <translation>Un &amp;interprète a été utilisé</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Record whether the person gives or refuses this consent.</source>
        <translation>Indiquez si la personne donne ou refuse ce consentement.</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../tipdesk/ui/wizard/consent_page.py" line="+32"/>
        <source>Informed consent</source>
        <translation>Consentement éclairé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is the person under 18?</source>
        <translation>La personne a-t-elle moins de 18 ans&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is the person &amp;under 18?</source>
        <translation>La personne a-t-elle &amp;moins de 18 ans&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registering personal data</source>
        <translation>Enregistrement des données personnelles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent to register personal data</source>
        <translation>Consentement à l&apos;enregistrement des données personnelles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Does the person &amp;agree that their personal data is recorded in TIPDesk?</source>
        <translation>La personne &amp;accepte-t-elle que ses données personnelles soient enregistrées dans TIPDesk&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Without consent to register, TIPDesk keeps an anonymous contact only: sex, age band and needs. No other consent is recorded, and the next pages leave out identifying questions. You can still tell the person where to find help.</source>
        <translation>Sans consentement à l&apos;enregistrement, TIPDesk ne garde qu&apos;un contact anonyme&#xa0;: sexe, tranche d&apos;âge et besoins. Aucun autre consentement n&apos;est enregistré, et les pages suivantes omettent les questions d&apos;identification. Vous pouvez toujours indiquer à la personne où trouver de l&apos;aide.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Anonymous contact</source>
        <translation>Contact anonyme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Referrals, sector by sector</source>
        <translation>Référencements, secteur par secteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For each sector, does the person agree to be &amp;referred to its services? Ask only about the sectors you discussed.</source>
        <translation>Pour chaque secteur, la personne accepte-t-elle d&apos;être &amp;référée vers ses services&#xa0;? Ne posez la question que pour les secteurs dont vous avez parlé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Given</source>
        <translation>Donné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Not asked</source>
        <translation>Non demandé</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Sharing named information with named partners</source>
        <translation>Partage d&apos;informations nominatives avec des partenaires nommés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anonymised statistics</source>
        <translation>Statistiques anonymisées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent to anonymised statistics</source>
        <translation>Consentement aux statistiques anonymisées</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>May the case be &amp;counted, without anything that identifies the person, in the office&apos;s statistics?</source>
        <translation>Le dossier peut-il être comp&amp;té dans les statistiques du bureau, sans rien qui identifie la personne&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+24"/>
        <source>How consent was given</source>
        <translation>Comment le consentement a été donné</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Consent given by</source>
        <translation>Consentement donné par</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gi&amp;ven by:</source>
        <translation>&amp;Donné par&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the parent or guardian</source>
        <translation>Nom du parent ou tuteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parent or guardian&apos;s na&amp;me:</source>
        <translation>No&amp;m du parent ou tuteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Best-interests decision</source>
        <translation>Décision fondée sur l&apos;intérêt supérieur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the parent or guardian is not asked (e.g. may be involved), who decided, and why this is in the child&apos;s best interests</source>
        <translation>Pourquoi le parent ou tuteur n&apos;est pas consulté (p. ex. peut être impliqué), qui a décidé, et pourquoi c&apos;est dans l&apos;intérêt supérieur de l&apos;enfant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Best-interests d&amp;ecision:</source>
        <translation>Décision d&apos;intérêt sup&amp;érieur&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;How:</source>
        <translation>Comme&amp;nt&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the consent</source>
        <translation>Langue du consentement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An &amp;interpreter was used</source>
        <translation>Un &amp;interprète a été utilisé</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Answer whether the person is under 18 (&apos;Not sure&apos; is an answer).</source>
        <translation>Indiquez si la personne a moins de 18 ans («&#xa0;Je ne sais pas&#xa0;» est une réponse).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The person is a child: choose the child&apos;s assent with a parent or guardian&apos;s consent, or a best-interests decision.</source>
        <translation>La personne est un enfant&#xa0;: choisissez l&apos;assentiment de l&apos;enfant avec le consentement d&apos;un parent ou tuteur, ou une décision fondée sur l&apos;intérêt supérieur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record whether the person agrees to share with %1.</source>
        <translation>Indiquez si la personne accepte le partage avec %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>the partner</source>
        <translation>le partenaire</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Tick the information that may be shared with %1.</source>
        <translation>Cochez les informations qui peuvent être partagées avec %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>From the age entered on the profile page: %1.</source>
        <translation>D&apos;après l&apos;âge saisi sur la page du profil&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under 18</source>
        <translation>moins de 18 ans</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>18 or over</source>
        <translation>18 ans ou plus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Until the age is entered on the profile page, this answer decides how a child&apos;s consent is recorded.</source>
        <translation>Tant que l&apos;âge n&apos;est pas saisi sur la page du profil, cette réponse décide de la façon d&apos;enregistrer le consentement d&apos;un enfant.</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <location filename="../../tipdesk/ui/cases/consent_tab.py" line="+35"/>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given by</source>
        <translation>Donné par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent history</source>
        <translation>Historique des consentements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Withdraw consent…</source>
        <translation>Re&amp;tirer le consentement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the selected consent</source>
        <translation>Retirer le consentement sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record cons&amp;ent…</source>
        <translation>Enregistrer un cons&amp;entement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a new consent decision</source>
        <translation>Enregistrer une nouvelle décision de consentement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example: the person now agrees to a referral, or to share their name with a named partner</source>
        <translation>Par exemple&#xa0;: la personne accepte maintenant un référencement, ou le partage de son nom avec un partenaire nommé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The person may withdraw a consent at any time. Open referrals that rely on it are flagged and their forms blocked.</source>
        <translation>La personne peut retirer un consentement à tout moment. Les référencements en cours qui en dépendent sont signalés et leurs fiches bloquées.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1, with an interpreter</source>
        <translation>%1, avec un interprète</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Consent recorded.</source>
        <translation>Consentement enregistré.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Withdraw consent</source>
        <translation>Retirer le consentement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record that the person withdraws their consent to: %1?

Open referrals that rely on it will be flagged and their forms can no longer be printed. This cannot be undone; a new consent can be recorded later.</source>
        <translation>Enregistrer que la personne retire son consentement pour&#xa0;: %1&#xa0;?

Les référencements en cours qui en dépendent seront signalés et leurs fiches ne pourront plus être imprimées. Cette action est irréversible&#xa0;; un nouveau consentement pourra être enregistré plus tard.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Consent withdrawn. %n open referral(s) relied on it and were flagged: see the Referrals tab.</source>
        <translation>
            <numerusform>Consentement retiré. %n référencement en cours en dépendait et a été signalé&#xa0;: voir l&apos;onglet Référencements.</numerusform>
            <numerusform>Consentement retiré. %n référencements en cours en dépendaient et ont été signalés&#xa0;: voir l&apos;onglet Référencements.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent withdrawn. No open referral relied on it.</source>
        <translation>Consentement retiré. Aucun référencement en cours n&apos;en dépendait.</translation>
    </message>
</context>
<context>
    <name>CountryComboBox</name>
    <message>
        <location filename="../../tipdesk/ui/country_combo.py" line="+42"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type to search…</source>
        <translation>Tapez pour rechercher…</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../tipdesk/ui/crash.py" line="+140"/>
        <source>TIPDesk met an unexpected problem and could not finish what it was doing.

What you saved before is safe, and the case wizard keeps a draft as you go. Check that your last change was saved; if this happens again, close TIPDesk and start it again.</source>
        <translation>TIPDesk a rencontré un problème inattendu et n&apos;a pas pu terminer ce qu&apos;il faisait.

Ce que vous avez enregistré avant est intact, et l&apos;assistant de dossier garde un brouillon au fur et à mesure. Vérifiez que votre dernière modification a été enregistrée&#xa0;; si cela se reproduit, fermez TIPDesk et relancez-le.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A report without any case data was written to:
%1
Give it to your administrator so the problem can be fixed.</source>
        <translation>Un rapport sans aucune donnée de dossier a été écrit dans&#xa0;:
%1
Remettez-le à votre administrateur pour que le problème puisse être corrigé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unexpected problem</source>
        <translation>Problème inattendu</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../tipdesk/ui/directory/directory_page.py" line="+21"/>
        <source>&amp;Services</source>
        <translation>&amp;Services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gaps</source>
        <translation>&amp;Lacunes</translation>
    </message>
</context>
<context>
    <name>DirectoryTransfer</name>
    <message>
        <location filename="../../tipdesk/ui/directory/transfer.py" line="+64"/>
        <source>CSV file (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>Fichier CSV (*.csv);;Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import a service directory</source>
        <translation>Importer un répertoire des services</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Directory files (*.csv *.xlsx)</source>
        <translation>Fichiers de répertoire (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking and importing every row of %1…</source>
        <translation>Vérification et import de chaque ligne de %1…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Directory imported</source>
        <translation>Répertoire importé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 service added</source>
        <translation>1 service ajouté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 services added</source>
        <translation>%1 services ajoutés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 updated</source>
        <translation>1 mis à jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 updated</source>
        <translation>%1 mis à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 unchanged</source>
        <translation>1 inchangé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 unchanged</source>
        <translation>%1 inchangés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 removed</source>
        <translation>1 supprimé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 removed</source>
        <translation>%1 supprimés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 deactivated (it has referrals)</source>
        <translation>1 désactivé (il a des référencements)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 deactivated (they have referrals)</source>
        <translation>%1 désactivés (ils ont des référencements)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Directory imported: %1.</source>
        <translation>Répertoire importé&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These columns were not recognised and were ignored: %1.</source>
        <translation>Ces colonnes n&apos;ont pas été reconnues et ont été ignorées&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was imported: %1 has problems.</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1 comporte des problèmes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the service directory</source>
        <translation>Exporter le répertoire des services</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+34"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Writing the directory to %1…</source>
        <translation>Écriture du répertoire dans %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 service exported to %2.</source>
        <translation>1 service exporté vers %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 services exported to %2.</source>
        <translation>%1 services exportés vers %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the directory template</source>
        <translation>Enregistrer le modèle de répertoire</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Template saved to %1. It holds one fictional example row: replace it with real services.</source>
        <translation>Modèle enregistré dans %1. Il contient une ligne d&apos;exemple fictive&#xa0;: remplacez-la par de vrais services.</translation>
    </message>
</context>
<context>
    <name>DisclosureChecklist</name>
    <message>
        <location filename="../../tipdesk/ui/referrals/disclosure_checklist.py" line="+21"/>
        <source>Information to disclose to the provider</source>
        <translation>Informations à communiquer au prestataire</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>no consent to share this with this partner</source>
        <translation>pas de consentement pour partager cela avec ce partenaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no consent to refer to this sector</source>
        <translation>pas de consentement pour un référencement vers ce secteur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Greyed out: %1.</source>
        <translation>Grisé&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>DraftKeeping</name>
    <message>
        <location filename="../../tipdesk/ui/wizard/drafting.py" line="+40"/>
        <source>New case (draft) – %1</source>
        <translation>Nouveau dossier (brouillon) – %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Draft not saved: %1</source>
        <translation>Brouillon non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft saved at %1.</source>
        <translation>Brouillon enregistré à %1.</translation>
    </message>
</context>
<context>
    <name>DraftKinds</name>
    <message>
        <location filename="../../tipdesk/ui/drafts_list.py" line="+28"/>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes to a case</source>
        <translation>Modifications d&apos;un dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation>Référencement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screening</source>
        <translation>Dépistage</translation>
    </message>
</context>
<context>
    <name>DraftsList</name>
    <message>
        <location line="+29"/>
        <source>Your drafts</source>
        <translation>Vos brouillons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last saved</source>
        <translation>Dernier enregistrement</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume the selected draft</source>
        <translation>Reprendre le brouillon sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the selected draft</source>
        <translation>Supprimer le brouillon sélectionné</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+22"/>
        <source>Discard draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Discard the draft “%1”? What it holds cannot be recovered.</source>
        <translation>Supprimer le brouillon «&#xa0;%1&#xa0;»&#xa0;? Son contenu ne pourra pas être récupéré.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Discard</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>DraftsNotice</name>
    <message>
        <location filename="../../tipdesk/ui/drafts_notice.py" line="+20"/>
        <source>Unsaved work</source>
        <translation>Travail non enregistré</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your unsaved work was kept</source>
        <translation>Votre travail non enregistré a été conservé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TIPDesk kept these drafts, encrypted, when it last locked or closed; only you can see them. Resume one now, or later from the Home page.</source>
        <translation>TIPDesk a conservé ces brouillons, chiffrés, lors du dernier verrouillage ou de la dernière fermeture&#xa0;; vous seul·e pouvez les voir. Reprenez-en un maintenant, ou plus tard depuis la page d&apos;accueil.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this notice; keep the drafts</source>
        <translation>Fermer cet avis&#xa0;; garder les brouillons</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../../tipdesk/ui/reports/export_panel.py" line="+66"/>
        <source>One row per case, in the column names of the Counter Trafficking Data Collaborative (CTDC) and HTCDS: year of registration, gender, age band, citizenship, country of exploitation, forms of exploitation and means of control as yes/no flags. A data dictionary goes with it.</source>
        <translation>Une ligne par dossier, avec les noms de colonnes du Counter Trafficking Data Collaborative (CTDC) et de HTCDS&#xa0;: année d&apos;enregistrement, genre, tranche d&apos;âge, nationalité, pays d&apos;exploitation, formes d&apos;exploitation et moyens de contrôle en indicateurs oui/non. Un dictionnaire des données l&apos;accompagne.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>k, the smallest group of alike records</source>
        <translation>k, le plus petit groupe d&apos;enregistrements semblables</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1 to %2.</source>
        <translation>Du %1 au %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CTDC publishes its data with k = 11: every combination of year, gender, age band, majority status, citizenship and country of exploitation is shared by at least k records. Rarer records first lose those values one at a time, country first; a record still too rare is left out.</source>
        <translation>Le CTDC publie ses données avec k = 11&#xa0;: chaque combinaison d&apos;année, genre, tranche d&apos;âge, majorité, nationalité et pays d&apos;exploitation est partagée par au moins k enregistrements. Les enregistrements plus rares perdent d&apos;abord ces valeurs une à une, le pays en premier&#xa0;; un enregistrement encore trop rare est écarté.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CSV (dictionary in a second file)</source>
        <translation>CSV (dictionnaire dans un second fichier)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook, XLSX (dictionary on a sheet)</source>
        <translation>Classeur Excel, XLSX (dictionnaire dans une feuille)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File format</source>
        <translation>Format du fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>Export anonymised records</source>
        <translation>Exporter des enregistrements anonymisés</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Smallest group &amp;k:</source>
        <translation>Plus petit groupe &amp;k&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File forma&amp;t:</source>
        <translation>Forma&amp;t du fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading the cases that consented to anonymised statistics…</source>
        <translation>Lecture des dossiers ayant consenti aux statistiques anonymisées…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading cases: %1 read so far…</source>
        <translation>Lecture des dossiers&#xa0;: %1 lus jusqu&apos;ici…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export cancelled, but %1 could not be removed: delete it yourself.</source>
        <translation>Export annulé, mais %1 n&apos;a pas pu être supprimé&#xa0;: supprimez-le vous-même.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export cancelled; no file was kept.</source>
        <translation>Export annulé&#xa0;; aucun fichier n&apos;a été conservé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be written: %2.</source>
        <translation>%1 n&apos;a pas pu être écrit&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>1 anonymised record written (k = %2).</source>
        <translation>1 enregistrement anonymisé écrit (k = %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 anonymised records written (k = %2).</source>
        <translation>%1 enregistrements anonymisés écrits (k = %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 value blanked</source>
        <translation>1 valeur effacée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 values blanked</source>
        <translation>%1 valeurs effacées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 record left out as too rare.</source>
        <translation>1 enregistrement écarté car trop rare.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 records left out as too rare.</source>
        <translation>%1 enregistrements écartés car trop rares.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 case without consent to anonymised statistics is not included.</source>
        <translation>1 dossier sans consentement aux statistiques anonymisées n&apos;est pas inclus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cases without consent to anonymised statistics are not included.</source>
        <translation>%1 dossiers sans consentement aux statistiques anonymisées ne sont pas inclus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data dictionary is beside it: %1.</source>
        <translation>Le dictionnaire des données est à côté&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data dictionary is on its own sheet.</source>
        <translation>Le dictionnaire des données est dans sa propre feuille.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../tipdesk/ui/directory/filter_bar.py" line="+35"/>
        <source>Search the directory</source>
        <translation>Rechercher dans le répertoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search organisation, service, place, focal point or service ID…</source>
        <translation>Rechercher une organisation, un service, un lieu, un point focal ou un identifiant de service…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sectors</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age group served</source>
        <translation>Tranche d&apos;âge servie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any age</source>
        <translation>Tout âge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex served</source>
        <translation>Sexe servi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any sex</source>
        <translation>Tout sexe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nationality or displacement status served</source>
        <translation>Statut de nationalité ou de déplacement servi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any language</source>
        <translation>Toute langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepts traffic&amp;king cases</source>
        <translation>Acce&amp;pte les cas de traite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not verified for six &amp;months</source>
        <translation>Non vérifié depuis six m&amp;ois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show i&amp;nactive</source>
        <translation>Afficher les i&amp;nactifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear filters</source>
        <translation>Effacer les fil&amp;tres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sea&amp;rch:</source>
        <translation>Rec&amp;herche&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Serves:</source>
        <translation>Public servi&#xa0;:</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <location filename="../../tipdesk/ui/cases/follow_up_tab.py" line="+30"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow-up actions</source>
        <translation>Actions de suivi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mark done</source>
        <translation>&amp;Marquer comme fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected action done today</source>
        <translation>Marquer l&apos;action sélectionnée comme faite aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New follow-up action</source>
        <translation>Nouvelle action de suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do, e.g. call the clinic</source>
        <translation>Quoi faire, p. ex. appeler la clinique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due date of the new action</source>
        <translation>Échéance de la nouvelle action</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add action</source>
        <translation>&amp;Ajouter l&apos;action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the follow-up action</source>
        <translation>Ajouter l&apos;action de suivi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New act&amp;ion:</source>
        <translation>Nouvelle act&amp;ion&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>d&amp;ue</source>
        <translation>éc&amp;héance</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Done %1</source>
        <translation>Fait le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No follow-up action yet.</source>
        <translation>Aucune action de suivi pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Follow-up action added, due %1.</source>
        <translation>Action de suivi ajoutée, échéance le %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Marked done: %1</source>
        <translation>Marqué comme fait&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FormOutput</name>
    <message>
        <location filename="../../tipdesk/ui/referrals/form_output.py" line="+33"/>
        <source>The form could not be saved to %1 (%2). Choose another place.</source>
        <translation>La fiche n&apos;a pas pu être enregistrée dans %1 (%2). Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Print the referral form</source>
        <translation>Imprimer la fiche de référencement</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the form was sent to the printer. Hand it over or send it, then record it as sent.</source>
        <translation>%1&#xa0;: la fiche a été envoyée à l&apos;imprimante. Remettez-la ou envoyez-la, puis enregistrez-la comme envoyée.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Save the referral form as a PDF</source>
        <translation>Enregistrer la fiche de référencement en PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved to %1. The file holds what the person consented to share: keep it safe and delete it once the form was handed over.</source>
        <translation>Enregistré dans %1. Le fichier contient ce que la personne a consenti à partager&#xa0;: conservez-le en lieu sûr et supprimez-le une fois la fiche remise.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The form was not printed</source>
        <translation>La fiche n&apos;a pas été imprimée</translation>
    </message>
</context>
<context>
    <name>GapTableModel</name>
    <message>
        <location filename="../../tipdesk/ui/gap_table_model.py" line="+81"/>
        <source>Nothing missing</source>
        <translation>Rien ne manque</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing missing.</source>
        <translation>rien ne manque.</translation>
    </message>
</context>
<context>
    <name>GapsTab</name>
    <message>
        <location filename="../../tipdesk/ui/directory/gaps_tab.py" line="+59"/>
        <source>What no active service of the directory offers, sector by sector and region by region: a service that accepts trafficking cases, and services for the people child-protection and GBV pathways often miss. A service that lists no sex, age group or status serves everyone. Double-click a cell to see its services.</source>
        <translation>Ce qu&apos;aucun service actif du répertoire n&apos;offre, secteur par secteur et région par région&#xa0;: un service qui accepte les cas de traite, et des services pour les personnes que les circuits de protection de l&apos;enfance et de VBG oublient souvent. Un service qui n&apos;indique ni sexe, ni tranche d&apos;âge, ni statut sert tout le monde. Double-cliquez sur une case pour voir ses services.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Directory gaps by sector and region</source>
        <translation>Lacunes du répertoire par secteur et par région</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the gaps</source>
        <translation>Recharger les lacunes</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Counting the gaps in the directory…</source>
        <translation>Décompte des lacunes du répertoire…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The directory has no active service yet, so every sector is missing everywhere. Add services or import the directory.</source>
        <translation>Le répertoire n&apos;a encore aucun service actif&#xa0;: chaque secteur manque donc partout. Ajoutez des services ou importez le répertoire.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 sector and region cells lack something.</source>
        <translation>%1 cases secteur-région sur %2 ont une lacune.</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <location filename="../../tipdesk/ui/wizard/guidance.py" line="+15"/>
        <source>Safety comes before any question. Talking to you can itself put the person, or you, at risk.</source>
        <translation>La sécurité passe avant toute question. Vous parler peut, en soi, mettre la personne, ou vous-même, en danger.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Are you safe right now? Is anyone who controls you nearby or watching? Can we talk here without being overheard? Do you need a doctor now? Is it safe for us to contact you later, and how?</source>
        <translation>Êtes-vous en sécurité en ce moment&#xa0;? Quelqu&apos;un qui vous contrôle est-il à proximité ou vous surveille-t-il&#xa0;? Pouvons-nous parler ici sans être entendus&#xa0;? Avez-vous besoin d&apos;un médecin maintenant&#xa0;? Pouvons-nous vous recontacter plus tard sans danger, et comment&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do not interview in front of others, including family or the person who brought them. Do not promise what you cannot do. Stop if it becomes unsafe.</source>
        <translation>Ne menez pas l&apos;entretien devant d&apos;autres personnes, y compris la famille ou la personne qui l&apos;a amenée. Ne promettez pas ce que vous ne pouvez pas faire. Arrêtez si la situation devient dangereuse.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The person is in danger now: act first, register later.</source>
        <translation>La personne est en danger maintenant&#xa0;: agissez d&apos;abord, enregistrez ensuite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert your supervisor and the office&apos;s security or emergency focal point, medical help if needed. Agree with the person what happens next.</source>
        <translation>Alertez votre superviseur·e et le point focal sécurité ou urgence du bureau, et une aide médicale si nécessaire. Convenez avec la personne de la suite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not confront the exploiter. Do not contact the police without the person&apos;s agreement unless a life is at risk. Do not leave them alone if they ask you to stay.</source>
        <translation>N&apos;affrontez pas l&apos;exploiteur. Ne contactez pas la police sans l&apos;accord de la personne, sauf si une vie est en danger. Ne la laissez pas seule si elle vous demande de rester.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The person decides what is recorded and shared. Each decision is separate, and can be withdrawn at any time. A refusal is respected and recorded.</source>
        <translation>La personne décide de ce qui est enregistré et partagé. Chaque décision est distincte et peut être retirée à tout moment. Un refus est respecté et enregistré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Explain in a language they understand: what will be written down, who will see it, which services you could refer them to and what each referral shares. Ask for each purpose separately.</source>
        <translation>Expliquez dans une langue qu&apos;elle comprend&#xa0;: ce qui sera écrit, qui le verra, vers quels services vous pourriez la référer et ce que chaque référencement partage. Demandez pour chaque objet séparément.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do not use a family member or the person who brought them as an interpreter. For a child, do not ask a parent or guardian who may be involved in the exploitation: document a best-interests decision.</source>
        <translation>N&apos;utilisez pas un membre de la famille ou la personne qui l&apos;a amenée comme interprète. Pour un enfant, ne sollicitez pas un parent ou tuteur qui pourrait être impliqué dans l&apos;exploitation&#xa0;: documentez une décision fondée sur l&apos;intérêt supérieur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trafficking is an Act (recruiting, moving, harbouring, receiving) by a Means (force, deception, abuse of vulnerability...) for a Purpose of exploitation. For a child, Act and Purpose are enough. You record indicators, not a legal verdict.</source>
        <translation>La traite est un Acte (recruter, transporter, héberger, accueillir) par un Moyen (force, tromperie, abus de vulnérabilité…) à des Fins d&apos;exploitation. Pour un enfant, l&apos;Acte et la Finalité suffisent. Vous enregistrez des indicateurs, pas un verdict juridique.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How did you come to this work or place? Who arranged it? Were you told the truth about the job? Can you leave? Do you owe money? Who keeps your documents and your pay?</source>
        <translation>Comment êtes-vous arrivé·e à ce travail ou à cet endroit&#xa0;? Qui l&apos;a organisé&#xa0;? Vous a-t-on dit la vérité sur l&apos;emploi&#xa0;? Pouvez-vous partir&#xa0;? Devez-vous de l&apos;argent&#xa0;? Qui garde vos papiers et votre salaire&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do not ask for every detail of the abuse, and do not make the person repeat their story. Do not call it &apos;only&apos; a child-protection or GBV case if it meets the definition: it can be both.</source>
        <translation>Ne demandez pas tous les détails des abus, et ne faites pas répéter son histoire à la personne. Ne parlez pas «&#xa0;seulement&#xa0;» d&apos;un cas de protection de l&apos;enfance ou de VBG s&apos;il répond à la définition&#xa0;: il peut être les deux.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The person chooses which services to accept. A declined service is recorded as declined, not pushed. Their own priorities and the safe way to reach them guide the plan.</source>
        <translation>La personne choisit les services qu&apos;elle accepte. Un service refusé est enregistré comme refusé, pas imposé. Ses propres priorités et le moyen sûr de la joindre guident le plan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What matters most to you now? Which help would you like, and which not? How and when can we contact you safely? For a child: what do they want, in their own words?</source>
        <translation>Qu&apos;est-ce qui compte le plus pour vous maintenant&#xa0;? Quelle aide souhaitez-vous, et laquelle non&#xa0;? Comment et quand pouvons-nous vous contacter en sécurité&#xa0;? Pour un enfant&#xa0;: que veut-il, avec ses propres mots&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do not decide for the person. Do not contact them in a way they did not agree to (a shared phone may be read by the exploiter).</source>
        <translation>Ne décidez pas à la place de la personne. Ne la contactez pas d&apos;une manière qu&apos;elle n&apos;a pas acceptée (un téléphone partagé peut être lu par l&apos;exploiteur).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everyone is helped whatever their sex, age, nationality or form of exploitation. Men, older people, migrants and labour victims are often missed by other pathways: they count here too.</source>
        <translation>Chacun·e est aidé·e quels que soient son sexe, son âge, sa nationalité ou la forme d&apos;exploitation. Les hommes, les personnes âgées, les migrant·es et les victimes d&apos;exploitation par le travail sont souvent oubliés par les autres circuits&#xa0;: ici, ils comptent aussi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask only what the person is willing to say. An estimate of age or an age band is enough when the exact age is not known.</source>
        <translation>Ne demandez que ce que la personne veut bien dire. Une estimation de l&apos;âge ou une tranche d&apos;âge suffit quand l&apos;âge exact n&apos;est pas connu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Never refuse or delay help because an answer is missing: &apos;other&apos; and &apos;unknown&apos; are always allowed.</source>
        <translation>Ne refusez ni ne retardez jamais l&apos;aide parce qu&apos;une réponse manque&#xa0;: «&#xa0;autre&#xa0;» et «&#xa0;inconnu&#xa0;» sont toujours acceptés.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only people who need to know see a case. The case code, not the name, goes on forms and in conversations. Identifying details are kept only with consent to register.</source>
        <translation>Seules les personnes qui ont besoin de savoir voient un dossier. C&apos;est le code du dossier, et non le nom, qui figure sur les formulaires et dans les conversations. Les données d&apos;identification ne sont conservées qu&apos;avec le consentement à l&apos;enregistrement.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record only the details needed to help and reach the person safely. Choose &apos;restricted&apos; when even colleagues should not see the case.</source>
        <translation>N&apos;enregistrez que les informations nécessaires pour aider la personne et la joindre en sécurité. Choisissez «&#xa0;restreint&#xa0;» lorsque même les collègues ne doivent pas voir le dossier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not write names in free-text notes, file names or messages. Do not leave the laptop unlocked: press Ctrl+L when you step away.</source>
        <translation>N&apos;écrivez pas de noms dans les notes libres, les noms de fichiers ou les messages. Ne laissez pas l&apos;ordinateur déverrouillé&#xa0;: appuyez sur Ctrl+L quand vous vous éloignez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check what will be saved. Each principle is ticked when its answers are complete, or flagged with what is missing.</source>
        <translation>Vérifiez ce qui sera enregistré. Chaque principe est coché quand ses réponses sont complètes, ou signalé avec ce qui manque.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the summary back to the person if that is safe, so they know what is kept.</source>
        <translation>Relisez le résumé à la personne si c&apos;est sans danger, pour qu&apos;elle sache ce qui est conservé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not save a case twice: if TIPDesk finds a possible existing case, open it instead.</source>
        <translation>N&apos;enregistrez pas un dossier deux fois&#xa0;: si TIPDesk trouve un dossier qui existe peut-être déjà, ouvrez-le plutôt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What it means here:</source>
        <translation>Ce que cela veut dire ici&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to ask:</source>
        <translation>Ce qu&apos;il faut demander&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to avoid:</source>
        <translation>Ce qu&apos;il faut éviter&#xa0;:</translation>
    </message>
</context>
<context>
    <name>GuidanceBox</name>
    <message>
        <location line="+24"/>
        <source>Show or hide the guidance</source>
        <translation>Afficher ou masquer les conseils</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guidance</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hide &amp;guidance</source>
        <translation>Mas&amp;quer les conseils</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show &amp;guidance</source>
        <translation>Affic&amp;her les conseils</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../tipdesk/ui/home_page.py" line="+42"/>
        <source>%1 (user name %2)</source>
        <translation>%1 (nom d&apos;utilisateur %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signed in as:</source>
        <translation>Connecté·e en tant que&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database file:</source>
        <translation>Fichier de la base de données&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a section on the left. Lock TIPDesk (Ctrl+L) whenever you step away from the laptop: the office database stays encrypted until someone signs in again.</source>
        <translation>Choisissez une section à gauche. Verrouillez TIPDesk (Ctrl+L) chaque fois que vous vous éloignez de l&apos;ordinateur&#xa0;: la base de données du bureau reste chiffrée jusqu&apos;à la prochaine connexion.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unsaved work kept as drafts</source>
        <translation>Travail non enregistré conservé en brouillons</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TIPDesk keeps what you had not saved when it locks or closes. Resume a draft to carry on where you stopped, or discard it.</source>
        <translation>TIPDesk garde ce que vous n&apos;aviez pas enregistré lorsqu&apos;il se verrouille ou se ferme. Reprenez un brouillon pour continuer là où vous vous êtes arrêté·e, ou supprimez-le.</translation>
    </message>
</context>
<context>
    <name>IdentificationPage</name>
    <message>
        <location filename="../../tipdesk/ui/wizard/identification_page.py" line="+24"/>
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Screening outcome</source>
        <translation>Résultat du dépistage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Groups other pathways often miss</source>
        <translation>Groupes souvent oubliés par les autres circuits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pathway</source>
        <translation>Circuit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The definition: Act + Means + Purpose</source>
        <translation>La définition&#xa0;: Acte + Moyens + Finalité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Act (what was done):</source>
        <translation>&amp;Acte (ce qui a été fait)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Means (how; not needed for a child):</source>
        <translation>&amp;Moyens (comment&#xa0;; pas nécessaires pour un enfant)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purpose (exploitation):</source>
        <translation>Fi&amp;nalité (exploitation)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exploitation</source>
        <translation>Exploitation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Forms of exploitation:</source>
        <translation>&amp;Formes d&apos;exploitation&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Types of se&amp;xual exploitation:</source>
        <translation>Types d&apos;exploitation se&amp;xuelle&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Industry:</source>
        <translation>Secteur d&apos;acti&amp;vité&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Means of &amp;control:</source>
        <translation>Moyens de &amp;contrôle&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recruitment and places</source>
        <translation>Recrutement et lieux</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Method of &amp;recruitment:</source>
        <translation>Mode de &amp;recrutement&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Relationship to the recruiter</source>
        <translation>Relation avec le recruteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not asked</source>
        <translation>Non demandé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;lationship to the recruiter:</source>
        <translation>Re&amp;lation avec le recruteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries of recruitment</source>
        <translation>Pays de recrutement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries of exploitation</source>
        <translation>Pays d&apos;exploitation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;untries of recruitment:</source>
        <translation>Pa&amp;ys de recrutement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries of &amp;exploitation:</source>
        <translation>Pays d&apos;&amp;exploitation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In-country or abroad</source>
        <translation>Dans le pays ou à l&apos;étranger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In-country or abr&amp;oad:</source>
        <translation>Dans le pays ou à l&apos;étran&amp;ger&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled before as</source>
        <translation>Déjà traité comme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Handled before as:</source>
        <translation>Déjà &amp;traité comme&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I disagree &amp;with the computed outcome</source>
        <translation>Je ne suis pas &amp;d&apos;accord avec le résultat calculé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome I record</source>
        <translation>Résultat que j&apos;enregistre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ou&amp;tcome I record:</source>
        <translation>Résultat q&amp;ue j&apos;enregistre&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason for the different outcome</source>
        <translation>Motif du résultat différent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why, in plain words</source>
        <translation>Pourquoi, avec des mots simples</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rea&amp;son:</source>
        <translation>Ra&amp;ison&#xa0;:</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Often missed by child-protection and GBV pathways: %1. Make sure this person still finds a service.</source>
        <translation>Souvent oubliés par les circuits de protection de l&apos;enfance et de VBG&#xa0;: %1. Veillez à ce que cette personne trouve quand même un service.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Screening outcome: %1</source>
        <translation>Résultat du dépistage&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded by you; TIPDesk computed: %1.</source>
        <translation>Enregistré par vous&#xa0;; TIPDesk a calculé&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anonymous contact: the screening guides you but is not saved.</source>
        <translation>Contact anonyme&#xa0;: le dépistage vous guide mais n&apos;est pas enregistré.</translation>
    </message>
</context>
<context>
    <name>ImportOptionsDialog</name>
    <message>
        <location filename="../../tipdesk/ui/directory/import_dialogs.py" line="+24"/>
        <source>Import the service directory</source>
        <translation>Importer le répertoire des services</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import %1 into the directory. Every row is checked first: if one row has a problem, nothing is imported and every problem is listed. Rows with a service ID update that service; rows without one add a new service.</source>
        <translation>Importer %1 dans le répertoire. Chaque ligne est d&apos;abord vérifiée&#xa0;: si une ligne pose problème, rien n&apos;est importé et chaque problème est listé. Les lignes avec un identifiant de service mettent à jour ce service&#xa0;; les lignes sans identifiant ajoutent un nouveau service.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Replace the whole directory with this file</source>
        <translation>&amp;Remplacer tout le répertoire par ce fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the whole directory</source>
        <translation>Remplacer tout le répertoire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Services that are not in this file will be removed from the directory (or deactivated, when a referral points to them). Use this only with a complete directory, such as an export from this office that you have corrected.</source>
        <translation>Les services absents de ce fichier seront supprimés du répertoire (ou désactivés, lorsqu&apos;un référencement les vise). N&apos;utilisez cette option qu&apos;avec un répertoire complet, comme un export de ce bureau que vous avez corrigé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+18"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Replace the directory</source>
        <translation>&amp;Remplacer le répertoire</translation>
    </message>
</context>
<context>
    <name>ImportProblemTableModel</name>
    <message>
        <location filename="../../tipdesk/ui/import_problem_table_model.py" line="+60"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <location filename="../../tipdesk/ui/cases/import_dialog.py" line="+35"/>
        <source>Case register not imported</source>
        <translation>Registre de dossiers non importé</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Every row of %1 can be read, but %n row(s) may describe a person who already has a case. Open those cases and compare. If they are different people, import the file anyway.</source>
        <translation>
            <numerusform>Chaque ligne de %1 peut être lue, mais %n ligne pourrait décrire une personne qui a déjà un dossier. Ouvrez ce dossier et comparez. S&apos;il s&apos;agit de personnes différentes, importez quand même le fichier.</numerusform>
            <numerusform>Chaque ligne de %1 peut être lue, mais %n lignes pourraient décrire une personne qui a déjà un dossier. Ouvrez ces dossiers et comparez. S&apos;il s&apos;agit de personnes différentes, importez quand même le fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n problem(s) were found in %1. Correct them in the file (the row numbers are those of the spreadsheet) and import it again.</source>
        <translation>
            <numerusform>%n problème a été trouvé dans %1. Corrigez-le dans le fichier (les numéros de ligne sont ceux du tableur) et importez-le de nouveau.</numerusform>
            <numerusform>%n problèmes ont été trouvés dans %1. Corrigez-les dans le fichier (les numéros de ligne sont ceux du tableur) et importez-le de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Import anyway</source>
        <translation>&amp;Importer quand même</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the file anyway</source>
        <translation>Importer quand même le fichier</translation>
    </message>
    <message>
        <location filename="../../tipdesk/ui/directory/import_dialogs.py" line="+11"/>
        <source>Directory not imported</source>
        <translation>Répertoire non importé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 problem was found in %1.</source>
        <translation>1 problème a été trouvé dans %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%2 problems were found in %1.</source>
        <translation>%2 problèmes ont été trouvés dans %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the file (the row numbers are those of the spreadsheet, row 1 being the column names) and import it again. The directory is as it was before.</source>
        <translation>Corrigez le fichier (les numéros de ligne sont ceux du tableur, la ligne 1 contenant les noms des colonnes) et importez-le de nouveau. Le répertoire est resté tel qu&apos;il était.</translation>
    </message>
</context>
<context>
    <name>KeyRotationBox</name>
    <message>
        <location filename="../../tipdesk/ui/admin/key_rotation_box.py" line="+20"/>
        <location line="+82"/>
        <source>Database key</source>
        <translation>Clé de la base de données</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Change the database key when someone leaves the office, or if a laptop or a password may have been exposed. The database is encrypted again under a new key; passwords stay the same. Old backups keep opening with the old key.</source>
        <translation>Changez la clé de la base de données quand quelqu&apos;un quitte le bureau, ou si un ordinateur ou un mot de passe a pu être exposé. La base de données est de nouveau chiffrée avec une nouvelle clé&#xa0;; les mots de passe restent les mêmes. Les anciennes sauvegardes continuent de s&apos;ouvrir avec l&apos;ancienne clé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change database &amp;key…</source>
        <translation>C&amp;hanger la clé de la base…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change database key</source>
        <translation>Changer la clé de la base de données</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change the database key</source>
        <translation>Changer la clé de la base de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the key that encrypts the office database?

Do this after a member of staff leaves: a copy of the key they may have kept will no longer open the database. Every user keeps their password, but everyone (you too) must sign in again afterwards.

Backups made before today still open with the old key: destroy the old ones you no longer need, and make a new backup after the change.

Close TIPDesk on any other window first. This takes a moment.</source>
        <translation>Changer la clé qui chiffre la base de données du bureau&#xa0;?

Faites-le après le départ d&apos;un membre du personnel&#xa0;: une copie de la clé qu&apos;il aurait pu garder n&apos;ouvrira plus la base de données. Chaque utilisateur garde son mot de passe, mais tout le monde (vous aussi) devra se reconnecter ensuite.

Les sauvegardes faites avant aujourd&apos;hui s&apos;ouvrent toujours avec l&apos;ancienne clé&#xa0;: détruisez celles dont vous n&apos;avez plus besoin, et faites une nouvelle sauvegarde après le changement.

Fermez d&apos;abord TIPDesk sur toute autre fenêtre. Cela prend un moment.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Encrypting the database under a new key…</source>
        <translation>Chiffrement de la base de données avec une nouvelle clé…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database key was changed; sign in again.</source>
        <translation>La clé de la base de données a été changée&#xa0;; reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in again.</source>
        <translation>Reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <location filename="../../tipdesk/ui/shortcuts_dialog.py" line="+27"/>
        <location line="+9"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Everything in TIPDesk can be done from the keyboard. These keys work in the places named; the underlined letter of a caption works wherever it is shown.</source>
        <translation>Tout, dans TIPDesk, peut se faire au clavier. Ces touches fonctionnent aux endroits indiqués&#xa0;; la lettre soulignée d&apos;un libellé fonctionne partout où il est affiché.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they do</source>
        <translation>Ce qu&apos;elles font</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <location filename="../../tipdesk/ui/language.py" line="+98"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;gue</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../tipdesk/ui/directory/fields.py" line="+36"/>
        <source>Languages of the service</source>
        <translation>Langues du service</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language to add</source>
        <translation>Langue à ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a language, e.g. Fulah</source>
        <translation>Tapez une langue, p. ex. peul</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add language</source>
        <translation>Ajouter la langue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;move</source>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected language</source>
        <translation>Retirer la langue sélectionnée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None listed: any language.</source>
        <translation>Aucune indiquée&#xa0;: toute langue.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&apos;%1&apos; is not a language we know. Type part of its name and choose it from the list.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une langue connue. Tapez une partie de son nom et choisissez-la dans la liste.</translation>
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
        <translation>TIPDesk&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in: %1 (%2)</source>
        <translation>Connecté·e&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Your password was changed.</source>
        <translation>Votre mot de passe a été changé.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This version has no screen that opens this draft; it is kept.</source>
        <translation>Cette version n&apos;a pas d&apos;écran qui ouvre ce brouillon&#xa0;; il est conservé.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location filename="../../tipdesk/ui/main_window_keys.py" line="+47"/>
        <source>This section has no search field.</source>
        <translation>Cette section n&apos;a pas de champ de recherche.</translation>
    </message>
    <message>
        <location filename="../../tipdesk/ui/main_window_layout.py" line="+26"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TIPDesk is locked. Sign in to continue.</source>
        <translation>TIPDesk est verrouillé. Connectez-vous pour continuer.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Administration &gt; Office &gt; Back up now</source>
        <translation>Administration &gt; Bureau &gt; Sauvegarder maintenant</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New case…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register a new case in the case wizard</source>
        <translation>Enregistrer un nouveau dossier dans l&apos;assistant de dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the office database until you sign in</source>
        <translation>Fermer la base de données du bureau jusqu&apos;à votre prochaine connexion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change my &amp;password…</source>
        <translation>Changer mon &amp;mot de passe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a new password for your account</source>
        <translation>Choisir un nouveau mot de passe pour votre compte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About TIPDesk</source>
        <translation>À &amp;propos de TIPDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
</context>
<context>
    <name>NeedsTab</name>
    <message>
        <location filename="../../tipdesk/ui/cases/needs_tab.py" line="+38"/>
        <source>Not discussed</source>
        <translation>Non abordé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sa&amp;ve needs</source>
        <translation>Enre&amp;gistrer les besoins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the needs</source>
        <translation>Enregistrer les besoins</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unsaved changes.</source>
        <translation>Modifications non enregistrées.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Saved: %n sector(s) changed.</source>
        <translation>
            <numerusform>Enregistré&#xa0;: %n secteur modifié.</numerusform>
            <numerusform>Enregistré&#xa0;: %n secteurs modifiés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewReferralDialog</name>
    <message>
        <location filename="../../tipdesk/ui/referrals/new_referral_dialog.py" line="+67"/>
        <source>New referral: case %1</source>
        <translation>Nouveau référencement&#xa0;: dossier %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Override with a reason (administrators)</source>
        <translation>Passer outre avec un motif (administrateurs)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Override with a reason</source>
        <translation>Passer outre avec un motif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the person cannot be asked and the referral cannot wait</source>
        <translation>Pourquoi on ne peut pas demander à la personne et pourquoi le référencement ne peut pas attendre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The override and its reason are recorded in the audit trail and printed on the form. Only non-identifying fields may be shared.</source>
        <translation>Le passage outre et son motif sont enregistrés dans le journal d&apos;audit et imprimés sur la fiche. Seuls des champs non identifiants peuvent être partagés.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason for referral</source>
        <translation>Motif du référencement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services requested</source>
        <translation>Services demandés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services already provided</source>
        <translation>Services déjà fournis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;ector:</source>
        <translation>S&amp;ecteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provi&amp;der:</source>
        <translation>Presta&amp;taire&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;riority:</source>
        <translation>P&amp;riorité&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;ason:</source>
        <translation>Moti&amp;f&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;quested:</source>
        <translation>&amp;Demandés&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already pro&amp;vided:</source>
        <translation>Déjà fo&amp;urnis&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Create referral</source>
        <translation>&amp;Créer le référencement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print now…</source>
        <translation>&amp;Imprimer maintenant…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading the case&apos;s consents…</source>
        <translation>Lecture des consentements du dossier…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 — declined by the person</source>
        <translation>%1 — refusé par la personne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — no consent to refer</source>
        <translation>%1 — pas de consentement au référencement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — wants this service</source>
        <translation>%1 — souhaite ce service</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Already referred: %1.</source>
        <translation>Déjà référé&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The person declined %1 services: a declined need is not referred. Record a change of mind on the case&apos;s needs first.</source>
        <translation>La personne a refusé les services %1&#xa0;: un besoin refusé n&apos;est pas référé. Enregistrez d&apos;abord son changement d&apos;avis dans les besoins du dossier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no consent to refer this person to %1. Ask the person and record their consent on the case&apos;s Consent tab first.</source>
        <translation>Il n&apos;y a pas de consentement pour référer cette personne vers %1. Demandez-le à la personne et enregistrez d&apos;abord son consentement dans l&apos;onglet Consentement du dossier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only an administrator may override, with a reason.</source>
        <translation>Seul un administrateur peut passer outre, avec un motif.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The person consented to a referral to %1.</source>
        <translation>La personne a consenti à un référencement vers %1.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Creating the referral…</source>
        <translation>Création du référencement…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Referral %1 created as a draft. Print the form now, or later from the Referrals section; record it as sent when it leaves the office.</source>
        <translation>Référencement %1 créé comme brouillon. Imprimez la fiche maintenant, ou plus tard depuis la section Référencements&#xa0;; enregistrez-le comme envoyé quand il quitte le bureau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../tipdesk/ui/cases/notes_tab.py" line="+24"/>
        <source>Case notes</source>
        <translation>Notes du dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a new note…</source>
        <translation>Écrire une nouvelle note…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add note</source>
        <translation>&amp;Ajouter la note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown author</source>
        <translation>auteur inconnu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No notes yet.</source>
        <translation>Aucune note pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Note added.</source>
        <translation>Note ajoutée.</translation>
    </message>
</context>
<context>
    <name>OfficeTab</name>
    <message>
        <location filename="../../tipdesk/ui/admin/office_tab.py" line="+78"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auto-lock after minutes without use</source>
        <translation>Verrouillage automatique après ce nombre de minutes sans utilisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep closed cases for months</source>
        <translation>Conserver les dossiers clôturés pendant ce nombre de mois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Enregistrer les paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lock TIPDesk after:</source>
        <translation>&amp;Verrouiller TIPDesk après&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;closed cases for:</source>
        <translation>Conserver les dossiers &amp;clôturés&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>From %1 to %2.</source>
        <translation>De %1 à %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The auto-lock time must be between %1 and %2 minutes.</source>
        <translation>Le délai de verrouillage automatique doit être compris entre %1 et %2 minutes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The retention period must be between %1 and %2 months.</source>
        <translation>La durée de conservation doit être comprise entre %1 et %2 mois.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was saved.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A backup is an encrypted copy of the office database with its key slots. Keep it on a USB stick in the office safe; it opens with any user&apos;s password or the recovery code.</source>
        <translation>Une sauvegarde est une copie chiffrée de la base de données du bureau avec ses emplacements de clés. Conservez-la sur une clé USB dans le coffre du bureau&#xa0;; elle s&apos;ouvre avec le mot de passe de n&apos;importe quel utilisateur ou avec le code de récupération.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Back up now…</source>
        <translation>Sauvegarder &amp;maintenant…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No backup has been made yet.</source>
        <translation>Aucune sauvegarde n&apos;a encore été faite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last backup: %1.</source>
        <translation>Dernière sauvegarde&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make a backup now: the last one is more than %1 days old or missing.</source>
        <translation>Faites une sauvegarde maintenant&#xa0;: la dernière date de plus de %1 jours ou n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back up the office database</source>
        <translation>Sauvegarder la base de données du bureau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TIPDesk backups (*%1)</source>
        <translation>Sauvegardes TIPDesk (*%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing and checking the backup…</source>
        <translation>Écriture et vérification de la sauvegarde…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backup written and checked: %1 (%2, %3). Store it away from this laptop.</source>
        <translation>Sauvegarde écrite et vérifiée&#xa0;: %1 (%2, %3). Rangez-la loin de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 case</source>
        <translation>1 dossier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 cases</source>
        <translation>%1 dossiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 user account</source>
        <translation>1 compte utilisateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 user accounts</source>
        <translation>%1 comptes utilisateur</translation>
    </message>
</context>
<context>
    <name>ParticipationPage</name>
    <message>
        <location filename="../../tipdesk/ui/wizard/participation_page.py" line="+20"/>
        <source>Self-determination and participation</source>
        <translation>Autodétermination et participation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anonymous contact: only the needs below are saved (no priorities, no contact details).</source>
        <translation>Contact anonyme&#xa0;: seuls les besoins ci-dessous sont enregistrés (ni priorités, ni coordonnées).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the person&apos;s own words</source>
        <translation>Avec les mots de la personne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person&apos;s own priorities</source>
        <translation>Les priorités de la personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What matters most to them now, as they say it</source>
        <translation>Ce qui compte le plus pour elle maintenant, comme elle le dit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Own &amp;priorities:</source>
        <translation>Ses priori&amp;tés&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the child&apos;s views were heard</source>
        <translation>Comment l&apos;avis de l&apos;enfant a été entendu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How you listened to the child (alone, with whom, in which language) and what they want</source>
        <translation>Comment vous avez écouté l&apos;enfant (seul, avec qui, dans quelle langue) et ce qu&apos;il veut</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The &amp;child&apos;s views:</source>
        <translation>L&apos;avis de l&apos;&amp;enfant&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Services the person wants, sector by sector</source>
        <translation>Services que la personne souhaite, secteur par secteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The person decides. A &amp;service they decline is recorded as declined; leave &apos;not discussed&apos; where you did not ask.</source>
        <translation>La personne décide. Un service qu&apos;elle &amp;refuse est enregistré comme refusé&#xa0;; laissez «&#xa0;non abordé&#xa0;» là où vous n&apos;avez pas demandé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wants</source>
        <translation>Souhaite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declines</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already
receiving</source>
        <translation>Reçoit
déjà</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not
discussed</source>
        <translation>Non
abordé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Safe contact</source>
        <translation>Contact sûr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preferred safe way to be contacted</source>
        <translation>Moyen sûr préféré pour être contacté·e</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. through the women&apos;s centre; never by phone</source>
        <translation>p. ex. par le centre pour femmes&#xa0;; jamais par téléphone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Safe times to contact</source>
        <translation>Moments sûrs pour le contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. weekday mornings at the market</source>
        <translation>p. ex. en semaine le matin au marché</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pr&amp;eferred safe contact:</source>
        <translation>Contact s&amp;ûr préféré&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe &amp;times:</source>
        <translation>&amp;Moments sûrs&#xa0;:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Record how the child&apos;s views were heard, and what they want.</source>
        <translation>Indiquez comment l&apos;avis de l&apos;enfant a été entendu, et ce qu&apos;il veut.</translation>
    </message>
</context>
<context>
    <name>PrinciplePage</name>
    <message>
        <location filename="../../tipdesk/ui/wizard/base.py" line="+120"/>
        <source>What is still missing</source>
        <translation>Ce qui manque encore</translation>
    </message>
</context>
<context>
    <name>PrinciplesPanel</name>
    <message>
        <location filename="../../tipdesk/ui/wizard/side_panel.py" line="+23"/>
        <source>Do no harm</source>
        <translation>Ne pas nuire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informed consent</source>
        <translation>Consentement éclairé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Self-determination and participation</source>
        <translation>Autodétermination et participation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Non-discrimination</source>
        <translation>Non-discrimination</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review and save</source>
        <translation>Vérifier et enregistrer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Protection principles</source>
        <translation>Principes de protection</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Protection principles and their status</source>
        <translation>Principes de protection et leur état</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>satisfied</source>
        <translation>satisfait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs attention</source>
        <translation>à revoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet seen</source>
        <translation>pas encore vu</translation>
    </message>
</context>
<context>
    <name>ProcessTask</name>
    <message>
        <location filename="../../tipdesk/ui/process_task.py" line="+51"/>
        <source>The work in the background stopped before it finished (its process ended unexpectedly). Try again; if it happens again, restart TIPDesk.</source>
        <translation>Le travail en arrière-plan s&apos;est arrêté avant la fin (son processus s&apos;est terminé de façon inattendue). Réessayez&#xa0;; si cela se reproduit, redémarrez TIPDesk.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../tipdesk/ui/wizard/profile_page.py" line="+39"/>
        <source>Non-discrimination</source>
        <translation>Non-discrimination</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anonymous contact: only sex and age band are saved; an exact age is turned into its band.</source>
        <translation>Contact anonyme&#xa0;: seuls le sexe et la tranche d&apos;âge sont enregistrés&#xa0;; un âge exact est converti en tranche.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sex and age</source>
        <translation>Sexe et âge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sex:</source>
        <translation>Se&amp;xe&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is known of the age</source>
        <translation>Ce que l&apos;on sait de l&apos;âge</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Age in years</source>
        <translation>Âge en années</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+13"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Age band only</source>
        <translation>Tranche d&apos;âge seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Age &amp;known as:</source>
        <translation>Âge connu co&amp;mme&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Age band</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+105"/>
        <source>&amp;Age:</source>
        <translation>Â&amp;ge&#xa0;:</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Nationality and languages</source>
        <translation>Nationalité et langues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality status</source>
        <translation>Statut de nationalité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nationality s&amp;tatus:</source>
        <translation>S&amp;tatut de nationalité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizenships</source>
        <translation>Nationalités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages spoken</source>
        <translation>Langues parlées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Citizenship(s):</source>
        <translation>&amp;Nationalité(s)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages spoken:</source>
        <translation>&amp;Langues parlées&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disability</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does the person have a disability?</source>
        <translation>La personne a-t-elle un handicap&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;isability:</source>
        <translation>&amp;Handicap&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disability details</source>
        <translation>Précisions sur le handicap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What support or access the person needs</source>
        <translation>Le soutien ou l&apos;accessibilité dont la personne a besoin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;etails:</source>
        <translation>Pr&amp;écisions&#xa0;:</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>D&amp;ate of birth:</source>
        <translation>&amp;Date de naissance&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Age band:</source>
        <translation>Tranche d&apos;â&amp;ge&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(%1 years; kept as an identifying detail)</source>
        <translation>(%1 ans&#xa0;; conservé comme donnée d&apos;identification)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You recorded that the person is under 18. Enter an age or an estimated age band so that the child rules apply to what is saved.</source>
        <translation>Vous avez indiqué que la personne a moins de 18 ans. Saisissez un âge ou une tranche d&apos;âge estimée pour que les règles propres aux enfants s&apos;appliquent à ce qui est enregistré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This age does not match the answer on the consent page; the age entered here is used.</source>
        <translation>Cet âge ne correspond pas à la réponse de la page du consentement&#xa0;; c&apos;est l&apos;âge saisi ici qui est utilisé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The person is a child: go back to Informed consent and record the child&apos;s assent with a parent or guardian&apos;s consent, or a best-interests decision.</source>
        <translation>La personne est un enfant&#xa0;: revenez au Consentement éclairé et enregistrez l&apos;assentiment de l&apos;enfant avec le consentement d&apos;un parent ou tuteur, ou une décision fondée sur l&apos;intérêt supérieur.</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../tipdesk/ui/cases/profile_tab.py" line="+62"/>
        <source>Unassigned</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer</source>
        <translation>Chargé·e</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier pathway</source>
        <translation>Circuit antérieur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nationality status</source>
        <translation>Statut de nationalité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Citizenships</source>
        <translation>Nationalités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disability</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability details</source>
        <translation>Précisions sur le handicap</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Age band:</source>
        <translation>Tranche d&apos;âge&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other contact</source>
        <translation>Autre contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caregiver</source>
        <translation>Personne en charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caregiver contact</source>
        <translation>Contact de la personne en charge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Separated child</source>
        <translation>Enfant séparé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No / not applicable</source>
        <translation>Non / sans objet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The person&apos;s own account</source>
        <translation>Le récit de la personne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Own priorities</source>
        <translation>Ses priorités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preferred safe contact</source>
        <translation>Contact sûr préféré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe times to contact</source>
        <translation>Moments sûrs pour le contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child&apos;s views</source>
        <translation>Avis de l&apos;enfant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anonymous contact: the person did not consent to registering personal data, so only sex, age band and needs are kept.</source>
        <translation>Contact anonyme&#xa0;: la personne n&apos;a pas consenti à l&apos;enregistrement de ses données personnelles&#xa0;; seuls le sexe, la tranche d&apos;âge et les besoins sont conservés.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sa&amp;ve changes</source>
        <translation>Enre&amp;gistrer les modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the profile changes</source>
        <translation>Enregistrer les modifications du profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo changes</source>
        <translation>&amp;Annuler les modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the unsaved profile changes</source>
        <translation>Annuler les modifications non enregistrées du profil</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Unsaved changes.</source>
        <translation>Modifications non enregistrées.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Nothing to save.</source>
        <translation>Rien à enregistrer.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Saved: %n field(s) changed.</source>
        <translation>
            <numerusform>Enregistré&#xa0;: %n champ modifié.</numerusform>
            <numerusform>Enregistré&#xa0;: %n champs modifiés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../tipdesk/ui/admin/common.py" line="+72"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please wait</source>
        <translation>Veuillez patienter</translation>
    </message>
</context>
<context>
    <name>PurgeCandidateModel</name>
    <message>
        <location filename="../../tipdesk/ui/admin/retention_box.py" line="+81"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed on</source>
        <translation>Clôturé le</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../tipdesk/ui/cases/record_dialog.py" line="+53"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case %1 — a new record is added; earlier ones stay in the history.</source>
        <translation>Dossier %1 — un nouvel enregistrement est ajouté&#xa0;; les précédents restent dans l&apos;historique.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <location filename="../../tipdesk/ui/recovery_page.py" line="+47"/>
        <source>The recovery code of your office</source>
        <translation>Le code de récupération de votre bureau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This code is shown only now, never again. If every password is forgotten, it is the only way back into the office database: without it, the cases cannot be read by anyone.

Print it or save it as a PDF, and keep the sheet in the office safe. Anyone with this code and the database can read every case, so do not keep a copy on this laptop.</source>
        <translation>Ce code n&apos;est affiché que maintenant, jamais plus. Si tous les mots de passe sont oubliés, c&apos;est le seul moyen de rouvrir la base de données du bureau&#xa0;: sans lui, personne ne peut lire les dossiers.

Imprimez-le ou enregistrez-le en PDF, et gardez la feuille dans le coffre du bureau. Toute personne qui a ce code et la base de données peut lire tous les dossiers&#xa0;: n&apos;en gardez donc aucune copie sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+123"/>
        <source>Print the recovery code</source>
        <translation>Imprimer le code de récupération</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+75"/>
        <source>Save the recovery code as a PDF</source>
        <translation>Enregistrer le code de récupération en PDF</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Print the sheet, or save it as a PDF on a USB stick.</source>
        <translation>Imprimez la feuille, ou enregistrez-la en PDF sur une clé USB.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the code on the sheet matches the code above.</source>
        <translation>Vérifiez que le code sur la feuille correspond au code ci-dessus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the sheet in a sealed envelope in the office safe.</source>
        <translation>Mettez la feuille dans une enveloppe scellée dans le coffre du bureau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the box below and press Continue.</source>
        <translation>Cochez la case ci-dessous et appuyez sur Continuer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What to do now</source>
        <translation>Que faire maintenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>I have printed or saved the recovery code</source>
        <translation>J&apos;ai imprimé ou enregistré le code de récupération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The recovery code will not be shown again. Print it or save it, then tick the box below and press Continue.</source>
        <translation>Le code de récupération ne sera plus affiché. Imprimez-le ou enregistrez-le, puis cochez la case ci-dessous et appuyez sur Continuer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TIPDesk recovery code.pdf</source>
        <translation>Code de récupération TIPDesk.pdf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recovery code could not be saved to %1 (%2). Choose another place, for example a USB stick.</source>
        <translation>Le code de récupération n&apos;a pas pu être enregistré dans %1 (%2). Choisissez un autre emplacement, par exemple une clé USB.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved to %1. Move the file to a USB stick kept in the office safe, or print it and delete it from this laptop.</source>
        <translation>Enregistré dans %1. Déplacez le fichier sur une clé USB gardée dans le coffre du bureau, ou imprimez-le et supprimez-le de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TIPDesk recovery code</source>
        <translation>Code de récupération TIPDesk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sent to the printer. Check that the code on paper matches the one above.</source>
        <translation>Envoyé à l&apos;imprimante. Vérifiez que le code sur papier correspond à celui ci-dessus.</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location filename="../../tipdesk/reports/recovery_sheet.py" line="+36"/>
        <source>TIPDesk recovery code</source>
        <translation>Code de récupération TIPDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep in the office safe. Anyone with this code and the database can read every case.</source>
        <translation>À garder dans le coffre du bureau. Toute personne qui a ce code et la base de données peut lire tous les dossiers.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What this code is for</source>
        <translation>À quoi sert ce code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This code opens the office database if every password has been forgotten. It is the only way back: without a password or this code, nobody can read the cases, not even the people who made TIPDesk.</source>
        <translation>Ce code ouvre la base de données du bureau si tous les mots de passe ont été oubliés. C&apos;est le seul moyen d&apos;y revenir&#xa0;: sans mot de passe ni ce code, personne ne peut lire les dossiers, pas même les personnes qui ont créé TIPDesk.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep this sheet in a sealed envelope in the office safe. Do not photograph it, e-mail it or keep a copy on the laptop.</source>
        <translation>Gardez cette feuille dans une enveloppe scellée dans le coffre du bureau. Ne la photographiez pas, ne l&apos;envoyez pas par courriel et n&apos;en gardez pas de copie sur l&apos;ordinateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When you type the code, only the letters and digits count; dashes and spaces do not matter.</source>
        <translation>Quand vous saisissez le code, seuls les lettres et les chiffres comptent&#xa0;; les tirets et les espaces n&apos;ont pas d&apos;importance.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If this sheet is lost, or someone who should not have it may have seen it, tell the office administrator at once.</source>
        <translation>Si cette feuille est perdue, ou si quelqu&apos;un qui ne devrait pas l&apos;avoir a pu la voir, prévenez immédiatement l&apos;administrateur du bureau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Placed in the safe by (name, signature, date):</source>
        <translation>Placée dans le coffre par (nom, signature, date)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReferralDetail</name>
    <message>
        <location filename="../../tipdesk/ui/referrals/referral_detail.py" line="+65"/>
        <source>Shared with the provider (consented fields only)</source>
        <translation>Partagé avec le prestataire (champs consentis uniquement)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason and services</source>
        <translation>Motif et services</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status history</source>
        <translation>Historique des statuts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+36"/>
        <source>Choose a referral in the list to see it here.</source>
        <translation>Choisissez un référencement dans la liste pour l&apos;afficher ici.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 · case %2</source>
        <translation>%1 · dossier %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not sent yet</source>
        <translation>pas encore envoyé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue: the answer was due on %1</source>
        <translation>en retard&#xa0;: la réponse était attendue le %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>respond by %1</source>
        <translation>réponse attendue le %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The person withdrew the consent this referral relied on: it cannot be sent or printed. Cancel the referral and tell the provider if it was already sent.</source>
        <translation>La personne a retiré le consentement dont dépendait ce référencement&#xa0;: il ne peut être ni envoyé ni imprimé. Annulez le référencement et prévenez le prestataire s&apos;il a déjà été envoyé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Referred without the person&apos;s consent for this sector (administrator override). Reason: %1</source>
        <translation>Référé sans le consentement de la personne pour ce secteur (passage outre par un administrateur). Motif&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case code</source>
        <translation>Code du dossier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disclosed</source>
        <translation>Communiqué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The case code only</source>
        <translation>Le code du dossier seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already provided</source>
        <translation>Déjà fourni</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Referred by</source>
        <translation>Référé par</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Not chosen yet: the provider is to be chosen.</source>
        <translation>Pas encore choisi&#xa0;: le prestataire reste à choisir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focal point</source>
        <translation>Point focal</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <location filename="../../tipdesk/reports/referral_form.py" line="+71"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+243"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+49"/>
        <location line="+210"/>
        <source>Referral form</source>
        <translation>Fiche de référencement</translation>
    </message>
    <message>
        <location line="-239"/>
        <location line="+214"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="-209"/>
        <location line="+159"/>
        <source>Referral number</source>
        <translation>N° de référencement</translation>
    </message>
    <message>
        <location line="-211"/>
        <location line="+230"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="-158"/>
        <location line="+173"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-223"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="-171"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+11"/>
        <source>Please respond by</source>
        <translation>Date limite de réponse</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+3"/>
        <source>Referred without the person&apos;s consent for this sector: administrator override.</source>
        <translation>Référé sans le consentement de la personne pour ce secteur&#xa0;: passage outre par un administrateur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+4"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+3"/>
        <source>1. The person</source>
        <translation>1. La personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+156"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+1"/>
        <location line="+135"/>
        <source>Case code</source>
        <translation>Code du dossier</translation>
    </message>
    <message>
        <location line="-148"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="-128"/>
        <source>Only the information above was consented to be shared. Do not ask the person to repeat their story.</source>
        <translation>Seules les informations ci-dessus ont fait l&apos;objet d&apos;un consentement au partage. Ne demandez pas à la personne de raconter à nouveau son histoire.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+8"/>
        <source>2. Child and caregiver</source>
        <translation>2. Enfant et personne en charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+7"/>
        <source>Not disclosed</source>
        <translation>Non communiqué</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="-2"/>
        <source>Caregiver</source>
        <translation>Personne en charge</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+5"/>
        <source>Caregiver informed of this referral</source>
        <translation>Personne en charge informée de ce référencement</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+136"/>
        <location filename="../../tipdesk/services/referral_views.py" line="+200"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+1"/>
        <location line="+114"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="-136"/>
        <location filename="../../tipdesk/services/referral_views.py" line="+2"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="-114"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+6"/>
        <source>3. Reason and services</source>
        <translation>3. Motif et services</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+5"/>
        <source>Reason for referral</source>
        <translation>Motif du référencement</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+1"/>
        <source>Services requested</source>
        <translation>Services demandés</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+2"/>
        <source>Services already provided</source>
        <translation>Services déjà fournis</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+5"/>
        <source>The person&apos;s wish</source>
        <translation>Le souhait de la personne</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+3"/>
        <source>4. Consent</source>
        <translation>4. Consentement</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+14"/>
        <source>Case code only</source>
        <translation>Code du dossier seulement</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="-11"/>
        <source>Consent given by</source>
        <translation>Consentement donné par</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+2"/>
        <source>No consent recorded</source>
        <translation>Aucun consentement enregistré</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+3"/>
        <source>Consent to refer to</source>
        <translation>Consentement au référencement vers</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+4"/>
        <source>Information disclosed</source>
        <translation>Informations communiquées</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+5"/>
        <source>How and when</source>
        <translation>Comment et quand</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+13"/>
        <source>Parent or guardian</source>
        <translation>Parent ou tuteur</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+5"/>
        <source>Signature of the person (or guardian)</source>
        <translation>Signature de la personne (ou du tuteur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+1"/>
        <source>Signature of the referring officer</source>
        <translation>Signature de l&apos;agent qui réfère</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+5"/>
        <source>5. Referred by and referred to</source>
        <translation>5. Référé par et référé à</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+15"/>
        <source>Referred by</source>
        <translation>Référé par</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+1"/>
        <source>Referred to</source>
        <translation>Référé à</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+2"/>
        <source>To be chosen</source>
        <translation>À choisir</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+19"/>
        <source>Feedback slip</source>
        <translation>Coupon de retour</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="-4"/>
        <source>To be filled in by the receiving agency and returned to the referring office: %1.</source>
        <translation>À remplir par l&apos;organisation qui reçoit et à renvoyer au bureau qui réfère&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+14"/>
        <source>Received on</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+2"/>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+3"/>
        <source>no, because:</source>
        <translation>non, parce que&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+3"/>
        <source>Service given</source>
        <translation>Service fourni</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+1"/>
        <source>Name, position</source>
        <translation>Nom, fonction</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="+4"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
</context>
<context>
    <name>ReferralTableModel</name>
    <message>
        <location filename="../../tipdesk/ui/referral_table_model.py" line="+78"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case code</source>
        <translation>Code du dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+72"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The person withdrew the consent this referral relied on: it cannot be sent or printed. Cancel the referral.</source>
        <translation>La personne a retiré le consentement dont dépendait ce référencement&#xa0;: il ne peut être ni envoyé ni imprimé. Annulez le référencement.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>No answer from the provider %n day(s) after the deadline.</source>
        <translation>
            <numerusform>Pas de réponse du prestataire %n jour après l&apos;échéance.</numerusform>
            <numerusform>Pas de réponse du prestataire %n jours après l&apos;échéance.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not chosen yet</source>
        <translation>Pas encore choisi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Emergency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <location filename="../../tipdesk/ui/referrals/referrals_page.py" line="+52"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any sector</source>
        <translation>Tout secteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any priority</source>
        <translation>Toute priorité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;verdue only</source>
        <translation>En retard &amp;seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op&amp;en only</source>
        <translation>&amp;Ouverts seulement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;ctor:</source>
        <translation>Se&amp;cteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;riority:</source>
        <translation>P&amp;riorité&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overdue referrals by priority</source>
        <translation>Référencements en retard par priorité</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Referrals</source>
        <translation>Référencements</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;New referral…</source>
        <translation>&amp;Nouveau référencement…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recor&amp;d feedback / change status…</source>
        <translation>Enregistrer le retour / changer le stat&amp;ut…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>No referral is overdue.</source>
        <translation>Aucun référencement n&apos;est en retard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue: %1 emergency · %2 urgent · %3 normal</source>
        <translation>En retard&#xa0;: %1 urgence · %2 urgent · %3 normal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading referrals…</source>
        <translation>Chargement des référencements…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No referral matches these filters.</source>
        <translation>Aucun référencement ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 referrals; %2 shown, scroll down for more.</source>
        <translation>%1 référencements&#xa0;; %2 affichés, faites défiler pour voir la suite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 referral.</source>
        <translation>1 référencement.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 referrals.</source>
        <translation>%1 référencements.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This referral is closed (%1): its status does not change any more.</source>
        <translation>Ce référencement est clos (%1)&#xa0;: son statut ne change plus.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is now: %2.</source>
        <translation>%1 est maintenant&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It no longer matches the filters, so it left the list.</source>
        <translation>Il ne correspond plus aux filtres, il a donc quitté la liste.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New referral</source>
        <translation>Nouveau référencement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case code of the person to refer:</source>
        <translation>Code du dossier de la personne à référer&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 created as a draft.</source>
        <translation>%1 créé comme brouillon.</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <location filename="../../tipdesk/ui/cases/record_tabs.py" line="+225"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest event</source>
        <translation>Dernier événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referrals</source>
        <translation>Référencements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;ew referral…</source>
        <translation>Nouv&amp;eau référencement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refer the person to a service, with only what they consented to share</source>
        <translation>Référer la personne vers un service, avec seulement ce qu&apos;elle a consenti à partager</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Withdrawn: form blocked</source>
        <translation>Retiré&#xa0;: fiche bloquée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No referral was made for this case yet.</source>
        <translation>Aucun référencement n&apos;a encore été fait pour ce dossier.</translation>
    </message>
</context>
<context>
    <name>RefusedImportDialog</name>
    <message>
        <location filename="../../tipdesk/ui/refused_import_dialog.py" line="+34"/>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import problems</source>
        <translation>Problèmes d&apos;import</translation>
    </message>
</context>
<context>
    <name>RegisterImport</name>
    <message>
        <location filename="../../tipdesk/ui/cases/import_dialog.py" line="+33"/>
        <source>Import a case register</source>
        <translation>Importer un registre de dossiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case registers (*.csv *.xlsx)</source>
        <translation>Registres de dossiers (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking and importing every row of %1…</source>
        <translation>Vérification et import de chaque ligne de %1…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 case was imported: %1.</source>
        <translation>1 dossier a été importé&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n case(s) were imported: %1 to %2.</source>
        <translation>
            <numerusform>%n dossier a été importé&#xa0;: %1.</numerusform>
            <numerusform>%n dossiers ont été importés&#xa0;: %1 à %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These columns were not recognised and were ignored: %1.</source>
        <translation>Ces colonnes n&apos;ont pas été reconnues et ont été ignorées&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register imported</source>
        <translation>Registre importé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Case register not imported</source>
        <translation>Registre de dossiers non importé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the case register template</source>
        <translation>Enregistrer le modèle de registre de dossiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Template not saved</source>
        <translation>Modèle non enregistré</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../tipdesk/reports/common.py" line="+90"/>
        <location filename="../../tipdesk/ui/referrals/form_document.py" line="-176"/>
        <source>CONFIDENTIAL</source>
        <translation>CONFIDENTIEL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../tipdesk/ui/reports/reports_page.py" line="+23"/>
        <source>These files are for the protection cluster and leave this laptop unencrypted, so they hold nothing that identifies a person: no names, case codes, dates of birth, exact ages or dates (months or years only), free text, staff names or places smaller than a country or region. Only cases whose person consented to use in anonymised statistics are counted; the others are left out and only their number is given. Small groups are hidden so that no reader can single anyone out.</source>
        <translation>Ces fichiers sont destinés au cluster protection et quittent cet ordinateur sans chiffrement&#xa0;: ils ne contiennent donc rien qui identifie une personne&#xa0;: ni noms, ni codes de dossier, ni dates de naissance, ni âges ou dates exacts (mois ou années seulement), ni texte libre, ni noms du personnel, ni lieux plus petits qu&apos;un pays ou une région. Seuls les dossiers dont la personne a consenti à l&apos;usage dans des statistiques anonymisées sont comptés&#xa0;; les autres sont écartés et seul leur nombre est indiqué. Les petits groupes sont masqués pour qu&apos;aucun lecteur ne puisse isoler quelqu&apos;un.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Summary &amp;report (PDF)</source>
        <translation>&amp;Rapport de synthèse (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymised e&amp;xport (CSV, XLSX)</source>
        <translation>E&amp;xport anonymisé (CSV, XLSX)</translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message>
        <location filename="../../tipdesk/ui/admin/retention_box.py" line="+16"/>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Closed cases past the retention period</source>
        <translation>Dossiers clôturés au-delà de la durée de conservation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Purge selecte&amp;d…</source>
        <translation>Purger la sélecti&amp;on…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purge selected cases</source>
        <translation>Purger les dossiers sélectionnés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purge all e&amp;xpired…</source>
        <translation>Purger tous les e&amp;xpirés…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purge all expired cases</source>
        <translation>Purger tous les dossiers expirés</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Looking for closed cases past the retention period…</source>
        <translation>Recherche des dossiers clos au-delà de la durée de conservation…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Closed cases are kept for %1 months: those closed on or before %2 may now be purged.</source>
        <translation>Les dossiers clôturés sont conservés %1 mois&#xa0;: ceux clôturés le %2 ou avant peuvent maintenant être purgés.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 case is past this period.</source>
        <translation>1 dossier a dépassé cette durée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cases are past this period.</source>
        <translation>%1 dossiers ont dépassé cette durée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No case is past this period.</source>
        <translation>Aucun dossier n&apos;a dépassé cette durée.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Purge cases</source>
        <translation>Purger des dossiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purge 1 case?</source>
        <translation>Purger 1 dossier&#xa0;?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purge %1 cases?</source>
        <translation>Purger %1 dossiers&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything recorded about the person is deleted for good; only the case code stays in the audit trail. This cannot be undone (except by restoring an older backup).</source>
        <translation>Tout ce qui a été enregistré sur la personne est supprimé définitivement&#xa0;; seul le code du dossier reste dans le journal d&apos;audit. Cette action est irréversible (sauf en restaurant une sauvegarde plus ancienne).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Purging cases…</source>
        <translation>Purge des dossiers…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 case purged.</source>
        <translation>1 dossier purgé.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 cases purged.</source>
        <translation>%1 dossiers purgés.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopped. The cases purged before you cancelled are gone; the others are still listed.</source>
        <translation>Arrêté. Les dossiers purgés avant votre annulation ont disparu&#xa0;; les autres sont toujours listés.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../tipdesk/ui/wizard/review_page.py" line="+54"/>
        <source>Review and save</source>
        <translation>Vérifier et enregistrer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Summary of what will be saved</source>
        <translation>Résumé de ce qui sera enregistré</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save &amp;anyway</source>
        <translation>Enregistrer &amp;quand même</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bac&amp;k</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make &amp;referrals for the needs…</source>
        <translation>Faire des &amp;référencements pour les besoins…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refer the person to the services they want, with only what they consented to share</source>
        <translation>Référer la personne vers les services qu&apos;elle souhaite, avec seulement ce qu&apos;elle a consenti à partager</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking whether this person already has a case…</source>
        <translation>Vérification&#xa0;: cette personne a-t-elle déjà un dossier&#xa0;?…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This person may already have a case: %1. Open that case instead of saving a second one, unless you are sure it is someone else.</source>
        <translation>Cette personne a peut-être déjà un dossier&#xa0;: %1. Ouvrez ce dossier au lieu d&apos;en enregistrer un second, sauf si vous êtes sûr·e qu&apos;il s&apos;agit de quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saving the case…</source>
        <translation>Enregistrement du dossier…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved. The case code is %1. Use this code, never the name, on forms and in conversations.</source>
        <translation>Enregistré. Le code du dossier est %1. Utilisez ce code, jamais le nom, sur les formulaires et dans les conversations.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The case was not saved: %1</source>
        <translation>Le dossier n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReviewSummary</name>
    <message>
        <location filename="../../tipdesk/ui/wizard/summary.py" line="+19"/>
        <location line="+7"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none recorded</source>
        <translation>aucun enregistré</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Consent to register is not recorded yet.</source>
        <translation>Le consentement à l&apos;enregistrement n&apos;est pas encore enregistré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to Informed consent first.</source>
        <translation>Revenez d&apos;abord au Consentement éclairé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anonymous contact only (sex, age band, needs).</source>
        <translation>Contact anonyme seulement (sexe, tranche d&apos;âge, besoins).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing else typed in this wizard is saved.</source>
        <translation>Rien d&apos;autre de ce qui a été saisi dans cet assistant n&apos;est enregistré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+175"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>Age band</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Registering personal data</source>
        <translation>Enregistrement des données personnelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Immediate danger</source>
        <translation>Danger immédiat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who was alerted</source>
        <translation>Qui a été alerté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exploiter nearby or in contact</source>
        <translation>Exploiteur à proximité ou en contact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Private space</source>
        <translation>Lieu privé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent medical need</source>
        <translation>Besoin médical urgent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk of retaliation</source>
        <translation>Risque de représailles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safe to contact later</source>
        <translation>Contact ultérieur sans danger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Safety plan</source>
        <translation>Plan de sécurité</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Referral consent %1</source>
        <translation>Consentement au référencement %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Share with %1 (%2)</source>
        <translation>Partage avec %1 (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not asked</source>
        <translation>non demandé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given by</source>
        <translation>Donné par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent or guardian</source>
        <translation>Parent ou tuteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best-interests decision</source>
        <translation>Décision fondée sur l&apos;intérêt supérieur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interpreter</source>
        <translation>Interprète</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Screening outcome</source>
        <translation>Résultat du dépistage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Override reason</source>
        <translation>Motif du changement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Act</source>
        <translation>Acte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Means</source>
        <translation>Moyens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forms of exploitation</source>
        <translation>Formes d&apos;exploitation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Industry</source>
        <translation>Secteur d&apos;activité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Means of control</source>
        <translation>Moyens de contrôle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recruitment</source>
        <translation>Recrutement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Countries of recruitment</source>
        <translation>Pays de recrutement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Countries of exploitation</source>
        <translation>Pays d&apos;exploitation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In-country or abroad</source>
        <translation>Dans le pays ou à l&apos;étranger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Handled before as</source>
        <translation>Déjà traité comme</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Own priorities</source>
        <translation>Ses priorités</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preferred safe contact</source>
        <translation>Contact sûr préféré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Safe times</source>
        <translation>Moments sûrs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The child&apos;s views</source>
        <translation>L&apos;avis de l&apos;enfant</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nationality status</source>
        <translation>Statut de nationalité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Citizenship</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Précisions</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Case code</source>
        <translation>Code du dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made when you save</source>
        <translation>créé à l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other contact</source>
        <translation>Autre contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caregiver</source>
        <translation>Personne en charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caregiver&apos;s contact</source>
        <translation>Contact de la personne en charge</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <location filename="../../tipdesk/ui/cases/record_dialog.py" line="+44"/>
        <source>New safety assessment</source>
        <translation>Nouvelle évaluation de la sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety now</source>
        <translation>Sécurité maintenant</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The person is in immediate danger: act now, then record who was alerted and what was done.</source>
        <translation>La personne est en danger immédiat&#xa0;: agissez maintenant, puis enregistrez qui a été alerté et ce qui a été fait.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Urgent action</source>
        <translation>Action urgente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who was alerted</source>
        <translation>Qui a été alerté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Police, medical team, the protection lead…</source>
        <translation>Police, équipe médicale, responsable protection…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moved to a safe place, taken to the clinic…</source>
        <translation>Mise à l&apos;abri, conduite à la clinique…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who was &amp;alerted:</source>
        <translation>Qui a été &amp;alerté&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What was done:</source>
        <translation>Ce qui a été &amp;fait&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Safety plan</source>
        <translation>Plan de sécurité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the person and you agreed to keep them safe (where to go, whom to call, a code word)...</source>
        <translation>Ce que la personne et vous avez convenu pour sa sécurité (où aller, qui appeler, un mot de code)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Safety p&amp;lan:</source>
        <translation>P&amp;lan de sécurité&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Answer every safety question (%n left).</source>
        <translation>
            <numerusform>Répondez à toutes les questions de sécurité (%n restante).</numerusform>
            <numerusform>Répondez à toutes les questions de sécurité (%n restantes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <location filename="../../tipdesk/ui/wizard/safety_page.py" line="+30"/>
        <source>Do no harm</source>
        <translation>Ne pas nuire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer these before anything else. The answers decide whether you go on now, move somewhere safer, or act at once.</source>
        <translation>Répondez à ces questions avant toute chose. Les réponses décident si vous continuez maintenant, si vous allez dans un endroit plus sûr, ou si vous agissez tout de suite.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Safety now</source>
        <translation>Sécurité maintenant</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Safety advice</source>
        <translation>Conseils de sécurité</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Safety plan</source>
        <translation>Plan de sécurité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the person and you agreed to keep them safe (where to go, whom to call, a code word)...</source>
        <translation>Ce que la personne et vous avez convenu pour sa sécurité (où aller, qui appeler, un mot de code)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Safety p&amp;lan:</source>
        <translation>P&amp;lan de sécurité&#xa0;:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Answer every safety question (yes or no).</source>
        <translation>Répondez à toutes les questions de sécurité (oui ou non).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Immediate danger: the next page records the urgent action. Act first; the rest can wait.</source>
        <translation>Danger immédiat&#xa0;: la page suivante enregistre l&apos;action urgente. Agissez d&apos;abord&#xa0;; le reste peut attendre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stop here unless you can move somewhere private, away from the exploiter, or agree on another time and place.</source>
        <translation>Arrêtez-vous ici, sauf si vous pouvez aller dans un lieu privé, loin de l&apos;exploiteur, ou convenir d&apos;un autre moment et d&apos;un autre lieu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Arrange medical care now; a referral to Health can be recorded on the next pages.</source>
        <translation>Organisez des soins médicaux maintenant&#xa0;; un référencement vers la Santé peut être enregistré dans les pages suivantes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Risk of retaliation: consider marking the case restricted and agree a safety plan below.</source>
        <translation>Risque de représailles&#xa0;: envisagez de marquer le dossier comme restreint et convenez d&apos;un plan de sécurité ci-dessous.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not safe to contact later: agree now on a safe way, or none, and record it under participation.</source>
        <translation>Contact ultérieur dangereux&#xa0;: convenez maintenant d&apos;un moyen sûr, ou d&apos;aucun, et enregistrez-le dans la participation.</translation>
    </message>
</context>
<context>
    <name>SafetyQuestions</name>
    <message>
        <location filename="../../tipdesk/ui/safety_questions.py" line="+14"/>
        <source>Is the person in &amp;immediate danger?</source>
        <translation>La personne est-elle en danger &amp;immédiat&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is the &amp;exploiter nearby, or in contact with the person (phone, messages)?</source>
        <translation>L&apos;exploiteur est-il à pro&amp;ximité, ou en contact avec la personne (téléphone, messages)&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Are you talking in a &amp;private space where nobody can overhear?</source>
        <translation>Parle&amp;z-vous dans un lieu privé où personne ne peut entendre&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does the person need &amp;medical care urgently?</source>
        <translation>La personne a-t-elle besoin de soins &amp;médicaux urgents&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Is there a risk of &amp;retaliation against the person or their family for talking to you?</source>
        <translation>Existe-t-il un risque de &amp;représailles contre la personne ou sa famille parce qu&apos;elle vous parle&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Is it safe to &amp;contact the person later?</source>
        <translation>Peut-on contacter la personne plus &amp;tard sans danger&#xa0;?</translation>
    </message>
</context>
<context>
    <name>SafetyTab</name>
    <message>
        <location filename="../../tipdesk/ui/cases/record_tabs.py" line="-171"/>
        <source>New safety &amp;assessment…</source>
        <translation>Nouvelle év&amp;aluation de la sécurité…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a new safety assessment</source>
        <translation>Enregistrer une nouvelle évaluation de la sécurité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the person&apos;s situation changes, assess their safety again; earlier assessments are kept.</source>
        <translation>Quand la situation de la personne change, évaluez de nouveau sa sécurité&#xa0;; les évaluations précédentes sont conservées.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Safety assessment recorded.</source>
        <translation>Évaluation de la sécurité enregistrée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assessed %1</source>
        <translation>Évaluée le %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In immediate danger:</source>
        <translation>En danger immédiat&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exploiter nearby:</source>
        <translation>Exploiteur à proximité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private place to talk:</source>
        <translation>Lieu privé pour parler&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent medical need:</source>
        <translation>Besoin médical urgent&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk of retaliation:</source>
        <translation>Risque de représailles&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe to contact later:</source>
        <translation>Contact ultérieur sans danger&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who was alerted:</source>
        <translation>Qui a été alerté&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent action taken:</source>
        <translation>Action urgente menée&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety plan:</source>
        <translation>Plan de sécurité&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No safety assessment was recorded for this case.</source>
        <translation>Aucune évaluation de la sécurité n&apos;a été enregistrée pour ce dossier.</translation>
    </message>
</context>
<context>
    <name>SavedFileNotice</name>
    <message>
        <location filename="../../tipdesk/ui/reports/common.py" line="+55"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder that holds the file</source>
        <translation>Ouvrir le dossier qui contient le fichier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved to: %1</source>
        <translation>Enregistré dans&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <location filename="../../tipdesk/ui/cases/screening_dialog.py" line="+58"/>
        <source>Re-screen</source>
        <translation>Nouveau dépistage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Screening outcome</source>
        <translation>Résultat du dépistage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start from the latest screening and change what the new interview showed. Recruitment details, industries and countries are carried over unchanged.</source>
        <translation>Partez du dernier dépistage et modifiez ce que le nouvel entretien a montré. Les détails du recrutement, les secteurs d&apos;activité et les pays sont repris sans changement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The person is a child: an Act and a Purpose are enough.</source>
        <translation>La personne est un enfant&#xa0;: un Acte et une Finalité suffisent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The definition: Act + Means + Purpose</source>
        <translation>La définition&#xa0;: Acte + Moyens + Finalité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Act (what was done):</source>
        <translation>&amp;Acte (ce qui a été fait)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Means (how; not needed for a child):</source>
        <translation>&amp;Moyens (comment&#xa0;; pas nécessaires pour un enfant)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purpose (exploitation):</source>
        <translation>Fi&amp;nalité (exploitation)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exploitation</source>
        <translation>Exploitation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Forms of exploitation:</source>
        <translation>&amp;Formes d&apos;exploitation&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Means of &amp;control:</source>
        <translation>Moyens de &amp;contrôle&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I disagree &amp;with the computed outcome</source>
        <translation>Je ne suis pas &amp;d&apos;accord avec le résultat calculé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome I record</source>
        <translation>Résultat que j&apos;enregistre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ou&amp;tcome I record:</source>
        <translation>Résultat q&amp;ue j&apos;enregistre&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason for the different outcome</source>
        <translation>Motif du résultat différent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why, in plain words</source>
        <translation>Pourquoi, avec des mots simples</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;eason:</source>
        <translation>Ra&amp;ison&#xa0;:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Screening outcome: %1</source>
        <translation>Résultat du dépistage&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded by you; TIPDesk computed: %1.</source>
        <translation>Enregistré par vous&#xa0;; TIPDesk a calculé&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>ScreeningTab</name>
    <message>
        <location filename="../../tipdesk/ui/cases/record_tabs.py" line="+12"/>
        <source>R&amp;e-screen…</source>
        <translation>Nou&amp;veau dépistage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a new screening</source>
        <translation>Enregistrer un nouveau dépistage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After a further interview, screen again; the latest screening gives the case its outcome.</source>
        <translation>Après un nouvel entretien, refaites un dépistage&#xa0;; le dernier dépistage donne son résultat au dossier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Screening recorded. Outcome: %1.</source>
        <translation>Dépistage enregistré. Résultat&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Latest screening, %1</source>
        <translation>Dernier dépistage, %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Earlier screening, %1</source>
        <translation>Dépistage antérieur, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome:</source>
        <translation>Résultat&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Computed outcome:</source>
        <translation>Résultat calculé&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason for the change:</source>
        <translation>Motif du changement&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Act:</source>
        <translation>Acte&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Means:</source>
        <translation>Moyens&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose:</source>
        <translation>Finalité&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forms of exploitation:</source>
        <translation>Formes d&apos;exploitation&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sexual exploitation:</source>
        <translation>Exploitation sexuelle&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Industries:</source>
        <translation>Secteurs d&apos;activité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Means of control:</source>
        <translation>Moyens de contrôle&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recruited:</source>
        <translation>Recrutement&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relationship to recruiter:</source>
        <translation>Relation avec le recruteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trafficked:</source>
        <translation>Traite&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries of recruitment:</source>
        <translation>Pays de recrutement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries of exploitation:</source>
        <translation>Pays d&apos;exploitation&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This case has not been screened.</source>
        <translation>Aucun dépistage n&apos;a été fait pour ce dossier.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../tipdesk/ui/sections.py" line="+52"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Referrals</source>
        <translation>Référencements</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Directory</source>
        <translation>Répertoire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../tipdesk/ui/directory/service_dialog.py" line="+58"/>
        <source>Service details</source>
        <translation>Détails du service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit service %1</source>
        <translation>Modifier le service %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a service</source>
        <translation>Ajouter un service</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Service ID %1.</source>
        <translation>Identifiant du service %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This service is inactive: it is not offered for new referrals.</source>
        <translation>Ce service est inactif&#xa0;: il n&apos;est pas proposé pour de nouveaux référencements.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not verified for six months: call the service to check it still runs, then record the date below.</source>
        <translation>Non vérifié depuis six mois&#xa0;: appelez le service pour vérifier qu&apos;il fonctionne toujours, puis enregistrez la date ci-dessous.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not verified for six months: check with the service that it still runs before you refer someone to it.</source>
        <translation>Non vérifié depuis six mois&#xa0;: vérifiez auprès du service qu&apos;il fonctionne toujours avant d&apos;y référer quelqu&apos;un.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type the name of the organisation.</source>
        <translation>Saisissez le nom de l&apos;organisation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the kind of organisation.</source>
        <translation>Choisissez le type d&apos;organisation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the sector of the service.</source>
        <translation>Choisissez le secteur du service.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what the service is, e.g. Safe shelter or Legal aid.</source>
        <translation>Indiquez ce qu&apos;est le service, p. ex. Hébergement sûr ou Aide juridique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the region (admin-1) where the service is.</source>
        <translation>Saisissez la région (admin-1) où se trouve le service.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the phone number with digits and spaces, with an optional leading +, e.g. +237 690 00 00 00.</source>
        <translation>Écrivez le numéro de téléphone avec des chiffres et des espaces, avec un + au début si besoin, p. ex. +237 690 00 00 00.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write an e-mail address like name@example.org.</source>
        <translation>Écrivez une adresse électronique comme nom@exemple.org.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Correct the fields marked in red (%1), then save again. Nothing was saved.</source>
        <translation>Corrigez les champs marqués en rouge (%1), puis enregistrez de nouveau. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing was saved.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already has an active service of this sector at this site.</source>
        <translation>%1 a déjà un service actif de ce secteur sur ce site.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already offers an active %2 service at %3 (%4). Edit or deactivate that one instead, or change the sector or the site. Nothing was saved.</source>
        <translation>%1 offre déjà un service %2 actif à %3 (%4). Modifiez ou désactivez plutôt celui-ci, ou changez le secteur ou le site. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the same place</source>
        <translation>le même lieu</translation>
    </message>
</context>
<context>
    <name>ServiceForm</name>
    <message>
        <location filename="../../tipdesk/ui/directory/service_form.py" line="+58"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation name</source>
        <translation>Nom de l&apos;organisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acron&amp;ym:</source>
        <translation>Si&amp;gle&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation acronym</source>
        <translation>Sigle de l&apos;organisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of organisation</source>
        <translation>Type d&apos;organisation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Head office &amp;contact:</source>
        <translation>&amp;Contact du siège&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation contact</source>
        <translation>Contact de l&apos;organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone or e-mail of the head office</source>
        <translation>Téléphone ou courriel du siège</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sector:</source>
        <translation>&amp;Secteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a sector</source>
        <translation>Choisissez un secteur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vice&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of service</source>
        <translation>Type de service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required, e.g. Safe shelter, Legal aid</source>
        <translation>Obligatoire, p. ex. Hébergement sûr, Aide juridique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to &amp;refer:</source>
        <translation>Comment ré&amp;férer&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referral procedure</source>
        <translation>Procédure de référencement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where and how to reach it</source>
        <translation>Où et comment le joindre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region (admin-1)</source>
        <translation>Région (admin-1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region (admin-&amp;1):</source>
        <translation>Région (admin-&amp;1)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District (admin-&amp;2):</source>
        <translation>District (admin-&amp;2)&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>District (admin-2)</source>
        <translation>District (admin-2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si&amp;te:</source>
        <translation>Si&amp;te&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Town, camp or settlement</source>
        <translation>Ville, camp ou installation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>Télé&amp;phone&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Focal point:</source>
        <translation>P&amp;oint focal&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Focal point</source>
        <translation>Point focal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opening &amp;hours:</source>
        <translation>&amp;Heures d&apos;ouverture&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening hours</source>
        <translation>Heures d&apos;ouverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Mon-Fri 08:00-16:00</source>
        <translation>p. ex. lun.-ven. 08:00-16:00</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who it serves</source>
        <translation>Public servi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age groups</source>
        <translation>Tranches d&apos;âge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sexes</source>
        <translation>Sexes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nationality or displacement status</source>
        <translation>Statut de nationalité ou de déplacement</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Accessible to persons with disa&amp;bilities</source>
        <translation>Accessible aux personnes handicapé&amp;es</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepts traff&amp;icking cases</source>
        <translation>Accepte les cas de tra&amp;ite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free of char&amp;ge</source>
        <translation>Grat&amp;uit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last verified on</source>
        <translation>Dernière vérification le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;oday</source>
        <translation>Au&amp;jourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified today</source>
        <translation>Vérifié aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last verified:</source>
        <translation>Dernière vérification&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ServicePicker</name>
    <message>
        <location filename="../../tipdesk/ui/referrals/service_picker.py" line="+37"/>
        <source>Services of this sector</source>
        <translation>Services de ce secteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trafficking cases</source>
        <translation>Cas de traite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whether the service accepts victims of trafficking</source>
        <translation>Si le service accepte les victimes de la traite</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No provider yet (choose one later)</source>
        <translation>Pas encore de prestataire (à choisir plus tard)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>any</source>
        <translation>toutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <location filename="../../tipdesk/ui/service_table_model.py" line="+97"/>
        <source>Whether the service accepts trafficking cases</source>
        <translation>Si le service accepte les cas de traite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trafficking cases</source>
        <translation>Cas de traite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last verified</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check again</source>
        <translation>À revérifier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Never verified: call the service to check that it still runs.</source>
        <translation>Jamais vérifié&#xa0;: appelez le service pour vérifier qu&apos;il fonctionne toujours.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not verified since %1: call the service to check that it still runs.</source>
        <translation>Non vérifié depuis le %1&#xa0;: appelez le service pour vérifier qu&apos;il fonctionne toujours.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inactive: not offered for new referrals.</source>
        <translation>Inactif&#xa0;: non proposé pour de nouveaux référencements.</translation>
    </message>
</context>
<context>
    <name>ServicesTab</name>
    <message>
        <location filename="../../tipdesk/ui/directory/services_tab.py" line="+53"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;View…</source>
        <translation>&amp;Voir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+152"/>
        <source>Dea&amp;ctivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Mark &amp;verified</source>
        <translation>Marquer comme vé&amp;rifié</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record that you checked today that the selected services still run as described.</source>
        <translation>Enregistrer que vous avez vérifié aujourd&apos;hui que les services sélectionnés fonctionnent toujours comme décrit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Template…</source>
        <translation>Modèl&amp;e…</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Loading services…</source>
        <translation>Chargement des services…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 service matches</source>
        <translation>1 service correspond</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 services match</source>
        <translation>%1 services correspondent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 service</source>
        <translation>1 service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 services</source>
        <translation>%1 services</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A&amp;ctivate</source>
        <translation>A&amp;ctiver</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Service %1 saved. It is hidden by the filters.</source>
        <translation>Service %1 enregistré. Il est masqué par les filtres.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Service %1 saved.</source>
        <translation>Service %1 enregistré.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>1 service activated.</source>
        <translation>1 service activé.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 services activated.</source>
        <translation>%1 services activés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 service deactivated: it is no longer offered for new referrals.</source>
        <translation>1 service désactivé&#xa0;: il n&apos;est plus proposé pour de nouveaux référencements.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 services deactivated: they are no longer offered for new referrals.</source>
        <translation>%1 services désactivés&#xa0;: ils ne sont plus proposés pour de nouveaux référencements.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick Show inactive to see them again.</source>
        <translation>Cochez Afficher les inactifs pour les revoir.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 service marked verified today.</source>
        <translation>1 service marqué comme vérifié aujourd&apos;hui.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 services marked verified today.</source>
        <translation>%1 services marqués comme vérifiés aujourd&apos;hui.</translation>
    </message>
</context>
<context>
    <name>SessionStart</name>
    <message>
        <location filename="../../tipdesk/ui/session_start.py" line="+87"/>
        <source>No backup for 7 days or more</source>
        <translation>Aucune sauvegarde depuis 7 jours ou plus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup reminder</source>
        <translation>Rappel de sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No backup for 7 days or more: Administration &gt; Office &gt; Back up now</source>
        <translation>Aucune sauvegarde depuis 7 jours ou plus&#xa0;: Administration &gt; Bureau &gt; Sauvegarder maintenant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the backup file somewhere safe, away from this laptop.</source>
        <translation>Gardez le fichier de sauvegarde en lieu sûr, loin de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../tipdesk/ui/setup_dialog.py" line="+57"/>
        <source>Set up TIPDesk</source>
        <translation>Configurer TIPDesk</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Create the office database</source>
        <translation>Créer la base de données du bureau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This laptop has no TIPDesk office database yet. Create it here: it is encrypted, and only the people you give an account can open it.</source>
        <translation>Cet ordinateur n&apos;a pas encore de base de données de bureau TIPDesk. Créez-la ici&#xa0;: elle est chiffrée, et seules les personnes à qui vous donnez un compte peuvent l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database file: %1</source>
        <translation>Fichier de la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Office name</source>
        <translation>Nom du bureau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Maroua field office</source>
        <translation>p. ex. Sous-bureau de Maroua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. amina</source>
        <translation>p. ex. amina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Amina Bello</source>
        <translation>p. ex. Amina Bello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the password</source>
        <translation>Répétez le mot de passe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Office name:</source>
        <translation>Nom du &amp;bureau&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First administrator (you)</source>
        <translation>Premier administrateur (vous)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full name:</source>
        <translation>Nom co&amp;mplet&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Répétez le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creating the office database</source>
        <translation>Création de la base de données du bureau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cr&amp;eate office</source>
        <translation>Cré&amp;er le bureau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create office</source>
        <translation>Créer le bureau</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Type the name of the office, e.g. Maroua field office.</source>
        <translation>Saisissez le nom du bureau, p. ex. Sous-bureau de Maroua.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the country from the list (type to search).</source>
        <translation>Choisissez le pays dans la liste (tapez pour rechercher).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Type a user name of letters, digits, dots, dashes or underscores, without spaces (at most %n characters).</source>
        <translation>
            <numerusform>Saisissez un nom d&apos;utilisateur fait de lettres, chiffres, points, tirets ou tirets bas, sans espace (%n caractère au plus).</numerusform>
            <numerusform>Saisissez un nom d&apos;utilisateur fait de lettres, chiffres, points, tirets ou tirets bas, sans espace (%n caractères au plus).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This password is too weak: %1.</source>
        <translation>Ce mot de passe est trop faible&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+28"/>
        <source>The two passwords are not the same. Type the same password in both fields.</source>
        <translation>Les deux mots de passe ne sont pas identiques. Saisissez le même mot de passe dans les deux champs.</translation>
    </message>
    <message numerus="yes">
        <location line="-21"/>
        <source>use at least %n characters</source>
        <translation>
            <numerusform>utilisez au moins %n caractère</numerusform>
            <numerusform>utilisez au moins %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>do not start or end with a space</source>
        <translation>ne commencez ni ne terminez par une espace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avoid common or repetitive passwords</source>
        <translation>évitez les mots de passe courants ou répétitifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>do not include the user name</source>
        <translation>n&apos;y mettez pas le nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Correct the fields marked above, then try again.</source>
        <translation>Corrigez les champs signalés ci-dessus, puis réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creating the encrypted office database…</source>
        <translation>Création de la base de données chiffrée du bureau…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Set up TIPDesk: recovery code</source>
        <translation>Configurer TIPDesk&#xa0;: code de récupération</translation>
    </message>
</context>
<context>
    <name>ShareList</name>
    <message>
        <location filename="../../tipdesk/ui/wizard/consent_share.py" line="+106"/>
        <source>Add a &amp;partner</source>
        <translation>Ajo&amp;uter un partenaire</translation>
    </message>
</context>
<context>
    <name>SharePartnerRow</name>
    <message>
        <location line="-45"/>
        <source>Partner organisation</source>
        <translation>Organisation partenaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the partner organisation, as in the service directory</source>
        <translation>Nom de l&apos;organisation partenaire, tel que dans le répertoire des services</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent to share with this partner</source>
        <translation>Consentement au partage avec ce partenaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Information that may be shared</source>
        <translation>Informations qui peuvent être partagées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove partner</source>
        <translation>Retirer le partenaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partner:</source>
        <translation>Partenaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Information the person agrees to share with it:</source>
        <translation>Informations que la personne accepte de lui communiquer&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../tipdesk/ui/app.py" line="+120"/>
        <source>The office is ready. Sign in with the password you have just chosen.</source>
        <translation>Le bureau est prêt. Connectez-vous avec le mot de passe que vous venez de choisir.</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>TIPDesk locked itself after %n min without use.</source>
        <translation>
            <numerusform>TIPDesk s&apos;est verrouillé après %n min sans utilisation.</numerusform>
            <numerusform>TIPDesk s&apos;est verrouillé après %n min sans utilisation.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TIPDesk locked itself while the computer was asleep.</source>
        <translation>TIPDesk s&apos;est verrouillé pendant la mise en veille de l&apos;ordinateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TIPDesk locked itself when the screen was locked.</source>
        <translation>TIPDesk s&apos;est verrouillé quand l&apos;écran a été verrouillé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language is changed. Sign in again to continue.</source>
        <translation>La langue a changé. Connectez-vous de nouveau pour continuer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIPDesk is locked. Sign in again to continue.</source>
        <translation>TIPDesk est verrouillé. Connectez-vous de nouveau pour continuer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You were signed out. Sign in again to choose your own password.</source>
        <translation>Vous avez été déconnecté·e. Connectez-vous de nouveau pour choisir votre propre mot de passe.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../tipdesk/ui/shortcuts.py" line="+68"/>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists and forms</source>
        <translation>Listes et formulaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case wizard</source>
        <translation>Assistant de dossier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register a new case</source>
        <translation>Enregistrer un nouveau dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to the search field of the section shown</source>
        <translation>Aller au champ de recherche de la section affichée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the section %1</source>
        <translation>Afficher la section %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lock TIPDesk (when you step away)</source>
        <translation>Verrouiller TIPDesk (quand vous vous éloignez)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show these keyboard shortcuts</source>
        <translation>Afficher ces raccourcis clavier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quit TIPDesk</source>
        <translation>Quitter TIPDesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go to the field or press the button whose letter is underlined</source>
        <translation>Aller au champ ou appuyer sur le bouton dont la lettre est soulignée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alt + underlined letter</source>
        <translation>Alt + lettre soulignée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next field (Shift+Tab: the field before)</source>
        <translation>Champ suivant (Maj+Tab&#xa0;: le champ précédent)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick the box, or choose the option, that has the focus</source>
        <translation>Cocher la case, ou choisir l&apos;option, qui a le focus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move to the next option in a row of choices, or the next row of a list</source>
        <translation>Passer à l&apos;option suivante d&apos;une rangée de choix, ou à la ligne suivante d&apos;une liste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arrow keys</source>
        <translation>Touches fléchées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the case or record selected in a list</source>
        <translation>Ouvrir le dossier ou l&apos;enregistrement sélectionné dans une liste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add the country or language typed</source>
        <translation>Ajouter le pays ou la langue saisi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the country or language selected in a list of chosen ones</source>
        <translation>Retirer le pays ou la langue sélectionné dans une liste de choix</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next tab (Ctrl+Shift+Tab: the tab before)</source>
        <translation>Onglet suivant (Ctrl+Maj+Tab&#xa0;: l&apos;onglet précédent)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close a window or dialog without saving</source>
        <translation>Fermer une fenêtre ou une boîte de dialogue sans enregistrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page before</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the case (on the last page)</source>
        <translation>Enregistrer le dossier (sur la dernière page)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save case</source>
        <translation>Enregistrer le d&amp;ossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the wizard; what was typed is kept as a draft</source>
        <translation>Fermer l&apos;assistant&#xa0;; ce qui a été saisi est gardé comme brouillon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close, keep &amp;draft</source>
        <translation>Fermer, garder le &amp;brouillon</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../tipdesk/ui/referrals/status_dialog.py" line="+51"/>
        <source>Record feedback or a change of status</source>
        <translation>Enregistrer un retour ou un changement de statut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is now: %2.</source>
        <translation>%1 est maintenant&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent on</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The response deadline counts from this day.</source>
        <translation>Le délai de réponse court à partir de ce jour.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sent on:</source>
        <translation>&amp;Envoyé le&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded with today&apos;s date.</source>
        <translation>Enregistré à la date du jour.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feedback or note</source>
        <translation>Retour ou note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the provider said, or why the status changed. No names: the case code is enough.</source>
        <translation>Ce qu&apos;a dit le prestataire, ou pourquoi le statut a changé. Pas de noms&#xa0;: le code du dossier suffit.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New s&amp;tatus:</source>
        <translation>Nouveau s&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Record</source>
        <translation>En&amp;registrer</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Recording…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../tipdesk/ui/strength_meter.py" line="+23"/>
        <source>Password strength</source>
        <translation>Robustesse du mot de passe</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Strength: type at least %n characters.</source>
        <translation>
            <numerusform>Robustesse&#xa0;: saisissez au moins %n caractère.</numerusform>
            <numerusform>Robustesse&#xa0;: saisissez au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strength: %1. %2</source>
        <translation>Robustesse&#xa0;: %1. %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Strength: %1.</source>
        <translation>Robustesse&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too weak</source>
        <translation>trop faible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fair</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>good</source>
        <translation>bonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strong</source>
        <translation>forte</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Utilisez au moins %n caractère.</numerusform>
            <numerusform>Utilisez au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A longer phrase of several unrelated words is stronger.</source>
        <translation>Une phrase plus longue, faite de plusieurs mots sans rapport entre eux, est plus robuste.</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../tipdesk/ui/reports/summary_panel.py" line="+63"/>
        <source>&amp;Whole history</source>
        <translation>&amp;Tout l&apos;historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count the whole history</source>
        <translation>Compter tout l&apos;historique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First month</source>
        <translation>Premier mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Dernier mois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minimum cell size K</source>
        <translation>Taille minimale de cellule K</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1 to %2.</source>
        <translation>Du %1 au %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview the summary</source>
        <translation>Afficher un aperçu de la synthèse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the summary as a PDF</source>
        <translation>Enregistrer la synthèse en PDF</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fro&amp;m:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;To:</source>
        <translation>A&amp;u&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minimum cell size &amp;K:</source>
        <translation>Taille minimale de cellule &amp;K&#xa0;:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Counts from 1 to %1 are shown as “&lt;%2”, and further counts are hidden wherever a hidden one could be worked out from a total, so no reader can single out a person.</source>
        <translation>Les effectifs de 1 à %1 sont affichés «&#xa0;&lt;%2&#xa0;», et d&apos;autres effectifs sont masqués partout où un effectif masqué pourrait être déduit d&apos;un total, afin qu&apos;aucun lecteur ne puisse isoler une personne.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The period or K changed: press Preview to see the tables again.</source>
        <translation>La période ou K a changé&#xa0;: appuyez sur Aperçu pour revoir les tableaux.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The first month is after the last month.</source>
        <translation>Le premier mois est après le dernier mois.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Counting the cases that consented to anonymised statistics…</source>
        <translation>Comptage des dossiers ayant consenti aux statistiques anonymisées…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No preview: it was cancelled.</source>
        <translation>Pas d&apos;aperçu&#xa0;: il a été annulé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview cancelled. The counts being worked out will be discarded; nothing was shown or saved.</source>
        <translation>Aperçu annulé. Les effectifs en cours de calcul seront abandonnés&#xa0;; rien n&apos;a été affiché ni enregistré.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the anonymised summary</source>
        <translation>Enregistrer la synthèse anonymisée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Writing the PDF…</source>
        <translation>Écriture du PDF…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelling: the PDF will be removed once written…</source>
        <translation>Annulation&#xa0;: le PDF sera supprimé une fois écrit…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving cancelled, but %1 could not be removed: delete it yourself.</source>
        <translation>Enregistrement annulé, mais %1 n&apos;a pas pu être supprimé&#xa0;: supprimez-le vous-même.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Saving cancelled; no PDF was kept.</source>
        <translation>Enregistrement annulé&#xa0;; aucun PDF n&apos;a été conservé.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The anonymised summary was saved as a PDF.</source>
        <translation>La synthèse anonymisée a été enregistrée en PDF.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 could not be written: %2.</source>
        <translation>%1 n&apos;a pas pu être écrit&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>SummaryPreview</name>
    <message>
        <location filename="../../tipdesk/ui/reports/summary_preview.py" line="+67"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+23"/>
        <location line="+7"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Preview of the anonymised summary</source>
        <translation>Aperçu de la synthèse anonymisée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the period and the minimum cell size, then press Preview to see every table as it will be published.</source>
        <translation>Choisissez la période et la taille minimale de cellule, puis appuyez sur Aperçu pour voir chaque tableau tel qu&apos;il sera publié.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cells marked %1 hold a count under %2, or a count hidden so that a small one cannot be worked out from the totals.</source>
        <translation>Les cellules marquées %1 contiennent un effectif inférieur à %2, ou un effectif masqué pour qu&apos;un petit effectif ne puisse pas être déduit des totaux.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anonymised summary</source>
        <translation>Synthèse anonymisée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period (registration month)</source>
        <translation>Période (mois d&apos;enregistrement)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cases counted</source>
        <translation>Dossiers comptés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cases left out: no consent to anonymised statistics</source>
        <translation>Dossiers écartés&#xa0;: pas de consentement aux statistiques anonymisées</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gaps in the service directory</source>
        <translation>Lacunes du répertoire des services</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Manque</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No gaps: every sector of every region has an active service that accepts trafficking cases and serves men, older people and non-nationals.</source>
        <translation>Aucune lacune&#xa0;: chaque secteur de chaque région a un service actif qui accepte les cas de traite et sert les hommes, les personnes âgées et les non-ressortissants.</translation>
    </message>
</context>
<context>
    <name>SummaryReport</name>
    <message>
        <location filename="../../tipdesk/reports/summary_report.py" line="+46"/>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anonymised summary of trafficking cases</source>
        <translation>Synthèse anonymisée des cas de traite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period (registration month)</source>
        <translation>Période (mois d&apos;enregistrement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated</source>
        <translation>Produite le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases counted</source>
        <translation>Dossiers comptés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cases left out: no consent to anonymised statistics</source>
        <translation>Dossiers écartés&#xa0;: pas de consentement aux statistiques anonymisées</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How small numbers are protected</source>
        <translation>Comment les petits effectifs sont protégés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every count from 1 to %1 is shown as “&lt;%2”. Further counts are hidden in the same way wherever a hidden count could otherwise be worked out from a row or column total. Only cases whose person consented to anonymised statistics are counted. The report holds no names, case codes, dates of birth, exact dates or ages, free text, staff names, or places below the first administrative level.</source>
        <translation>Tout effectif de 1 à %1 est affiché «&#xa0;&lt;%2&#xa0;». D&apos;autres effectifs sont masqués de la même façon partout où un effectif masqué pourrait autrement être déduit d&apos;un total de ligne ou de colonne. Seuls sont comptés les dossiers dont la personne a consenti aux statistiques anonymisées. Le rapport ne contient ni noms, ni codes de dossier, ni dates de naissance, ni dates ou âges exacts, ni texte libre, ni noms du personnel, ni lieux en dessous du premier niveau administratif.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Gaps in the service directory</source>
        <translation>Lacunes du répertoire des services</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Manque</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No gaps: every sector of every region has an active service that accepts trafficking cases and serves men, older people and non-nationals.</source>
        <translation>Aucune lacune&#xa0;: chaque secteur de chaque région a un service actif qui accepte les cas de traite et sert les hommes, les personnes âgées et les non-ressortissants.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Anonymised summary</source>
        <translation>Synthèse anonymisée</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+34"/>
        <location line="+5"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Grey bars: fewer than %1 cases; the exact number is not shown.</source>
        <translation>Barres grises&#xa0;: moins de %1 dossiers&#xa0;; le nombre exact n&apos;est pas affiché.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../tipdesk/ui/unlock_dialog.py" line="+67"/>
        <source>Sign in to TIPDesk</source>
        <translation>Connexion à TIPDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TIPDesk</source>
        <translation>TIPDesk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type your password to unlock TIPDesk.</source>
        <translation>Saisissez votre mot de passe pour déverrouiller TIPDesk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to open the office database.</source>
        <translation>Connectez-vous pour ouvrir la base de données du bureau.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Database file: %1</source>
        <translation>Fichier de la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit TIPDesk</source>
        <translation>Quitter TIPDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+128"/>
        <location line="+13"/>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;witch user</source>
        <translation>C&amp;hanger d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in as another user</source>
        <translation>Se connecter avec un autre compte</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Type your user name.</source>
        <translation>Saisissez votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The office database could not be opened.</source>
        <translation>La base de données du bureau n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot open the office database</source>
        <translation>Impossible d&apos;ouvrir la base de données du bureau</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>&amp;Sign in (%n s)</source>
        <translation>
            <numerusform>Se &amp;connecter (%n s)</numerusform>
            <numerusform>Se &amp;connecter (%n s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Several attempts have failed. Wait %n seconds before trying again.</source>
        <translation>
            <numerusform>Plusieurs tentatives ont échoué. Attendez %n seconde avant de réessayer.</numerusform>
            <numerusform>Plusieurs tentatives ont échoué. Attendez %n secondes avant de réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>UrgentActionPage</name>
    <message>
        <location filename="../../tipdesk/ui/wizard/safety_page.py" line="+18"/>
        <location line="+11"/>
        <source>Urgent action</source>
        <translation>Action urgente</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The person is in immediate danger. Take action now, then record it here. You can go on with the case once this is written down.</source>
        <translation>La personne est en danger immédiat. Agissez maintenant, puis enregistrez-le ici. Vous pourrez continuer le dossier une fois cela écrit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who was alerted</source>
        <translation>Qui a été alerté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. supervisor, security focal point, clinic</source>
        <translation>p. ex. superviseur·e, point focal sécurité, clinique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. moved to a safe place, taken to the clinic</source>
        <translation>p. ex. mise à l&apos;abri, conduite à la clinique</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who was &amp;alerted:</source>
        <translation>Qui a été &amp;alerté&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What was done:</source>
        <translation>Ce qui a été &amp;fait&#xa0;:</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../../tipdesk/ui/user_table_model.py" line="+63"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must change password</source>
        <translation>Doit changer son mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This account has never signed in.</source>
        <translation>Ce compte ne s&apos;est jamais connecté.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../tipdesk/ui/admin/users_tab.py" line="+41"/>
        <source>Everyone who signs in to this office&apos;s database. A disabled account can no longer open it; enabling it again needs a new temporary password.</source>
        <translation>Toutes les personnes qui se connectent à la base de données de ce bureau. Un compte désactivé ne peut plus l&apos;ouvrir&#xa0;; le réactiver demande un nouveau mot de passe provisoire.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User accounts</source>
        <translation>Comptes utilisateur</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Add user…</source>
        <translation>Ajouter un utilisa&amp;teur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enable…</source>
        <translation>&amp;Réactiver…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset pass&amp;word…</source>
        <translation>Réinitialiser le &amp;mot de passe…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Account &apos;%1&apos; added. Give the temporary password to the colleague in person.</source>
        <translation>Compte «&#xa0;%1&#xa0;» ajouté. Remettez le mot de passe provisoire au ou à la collègue en personne.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Disable account</source>
        <translation>Désactiver le compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable the account &apos;%1&apos; (%2)? They can no longer sign in; their cases and the audit trail keep their name.</source>
        <translation>Désactiver le compte «&#xa0;%1&#xa0;» (%2)&#xa0;? Cette personne ne pourra plus se connecter&#xa0;; ses dossiers et le journal d&apos;audit gardent son nom.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Disabling &apos;%1&apos;…</source>
        <translation>Désactivation de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account &apos;%1&apos; disabled: it can no longer sign in.</source>
        <translation>Compte «&#xa0;%1&#xa0;» désactivé&#xa0;: il ne peut plus se connecter.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enable account</source>
        <translation>Réactiver le compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable &apos;%1&apos; (%2) again with a new temporary password, which they must change at their next sign-in.</source>
        <translation>Réactiver «&#xa0;%1&#xa0;» (%2) avec un nouveau mot de passe provisoire, à changer à la prochaine connexion.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Enable</source>
        <translation>Ré&amp;activer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Account &apos;%1&apos; enabled with a new temporary password.</source>
        <translation>Compte «&#xa0;%1&#xa0;» réactivé avec un nouveau mot de passe provisoire.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give &apos;%1&apos; (%2) a new temporary password, for when they have forgotten theirs. They must change it at their next sign-in.</source>
        <translation>Donner à «&#xa0;%1&#xa0;» (%2) un nouveau mot de passe provisoire, s&apos;il ou elle a oublié le sien. Il devra être changé à la prochaine connexion.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reset &amp;password</source>
        <translation>Réinitialiser le &amp;mot de passe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The password of &apos;%1&apos; was reset. Give the temporary password to them in person.</source>
        <translation>Le mot de passe de «&#xa0;%1&#xa0;» a été réinitialisé. Remettez-lui le mot de passe provisoire en personne.</translation>
    </message>
</context>
<context>
    <name>_AccountDialog</name>
    <message>
        <location filename="../../tipdesk/ui/admin/user_dialogs.py" line="-156"/>
        <source>Temporary password</source>
        <translation>Mot de passe provisoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the temporary password</source>
        <translation>Répétez le mot de passe provisoire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Temporary password:</source>
        <translation>Mot de passe &amp;provisoire&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-le&#xa0;:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This password is too weak: %1.</source>
        <translation>Ce mot de passe est trop faible&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The two passwords are not the same. Type the same password in both fields.</source>
        <translation>Les deux mots de passe ne sont pas identiques. Saisissez le même mot de passe dans les deux champs.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>use at least %1 characters</source>
        <translation>utilisez au moins %1 caractères</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>do not start or end with a space</source>
        <translation>ne commencez ni ne terminez par une espace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avoid common or repetitive passwords</source>
        <translation>évitez les mots de passe courants ou répétitifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>do not include the user name</source>
        <translation>n&apos;y mettez pas le nom d&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>anonymised_export</name>
    <message>
        <location filename="../../tipdesk/services/anonymised_export.py" line="+299"/>
        <source>{file}: use a .csv or .xlsx file name.</source>
        <translation>{file}&#xa0;: utilisez un nom de fichier .csv ou .xlsx.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>k must be between 2 and 100.</source>
        <translation>k doit être compris entre 2 et 100.</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <location filename="../../tipdesk/services/backup.py" line="+75"/>
        <source>The backup copy fails its integrity checks.</source>
        <translation>La copie de sauvegarde échoue à ses contrôles d&apos;intégrité.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup&apos;s database does not open with its own key slots.</source>
        <translation>La base de données de la sauvegarde ne s&apos;ouvre pas avec ses propres emplacements de clés.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{out} already exists. Choose a new file name for the backup.</source>
        <translation>{out} existe déjà. Choisissez un nouveau nom de fichier pour la sauvegarde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder {folder} does not exist. Choose another place.</source>
        <translation>Le dossier {folder} n&apos;existe pas. Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The backup could not be written to {out}: {reason}. Nothing was changed in the office database; free some space or choose another place.</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite dans {out}&#xa0;: {reason}. Rien n&apos;a été modifié dans la base de données du bureau&#xa0;; libérez de l&apos;espace ou choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>There is no backup file at {path}. Check the path.</source>
        <translation>Il n&apos;y a pas de fichier de sauvegarde à {path}. Vérifiez le chemin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is not a TIPDesk backup file (or it is damaged). Nothing was changed. Choose the .tipdesk-backup file made by TIPDesk.</source>
        <translation>{path} n&apos;est pas un fichier de sauvegarde TIPDesk (ou il est endommagé). Rien n&apos;a été modifié. Choisissez le fichier .tipdesk-backup créé par TIPDesk.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The backup {path} is damaged or truncated. Nothing was changed; use another backup.</source>
        <translation>La sauvegarde {path} est endommagée ou tronquée. Rien n&apos;a été modifié&#xa0;; utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup {path} is damaged: its content does not match its own checksums. Nothing was changed; use another backup.</source>
        <translation>La sauvegarde {path} est endommagée&#xa0;: son contenu ne correspond pas à ses propres sommes de contrôle. Rien n&apos;a été modifié&#xa0;; utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{db_path} already exists. Restoring would replace it: add --force (the replaced files are kept aside, never deleted), or restore to another path.</source>
        <translation>{db_path} existe déjà. La restauration le remplacerait&#xa0;: ajoutez --force (les fichiers remplacés sont mis de côté, jamais supprimés), ou restaurez vers un autre chemin.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The folder {folder} does not exist. Create it first.</source>
        <translation>Le dossier {folder} n&apos;existe pas. Créez-le d&apos;abord.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Only an administrator (or the recovery code) may restore a backup.</source>
        <translation>Seul un administrateur (ou le code de récupération) peut restaurer une sauvegarde.</translation>
    </message>
</context>
<context>
    <name>case_access</name>
    <message>
        <location filename="../../tipdesk/services/case_access.py" line="+56"/>
        <source>Case {code} is restricted to its officer and administrators.</source>
        <translation>Le dossier {code} est réservé à son ou sa chargé·e de protection et aux administrateurs.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Case {code} is managed by another officer; ask them or an administrator to reassign it.</source>
        <translation>Le dossier {code} est géré par un·e autre chargé·e de protection&#xa0;; demandez-lui, ou à un administrateur, de vous le réattribuer.</translation>
    </message>
</context>
<context>
    <name>case_file</name>
    <message>
        <location filename="../../tipdesk/services/case_file.py" line="+51"/>
        <source>There is no case {code}. Check the case code.</source>
        <translation>Il n&apos;y a pas de dossier {code}. Vérifiez le code du dossier.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Unknown field(s): {value}.</source>
        <translation>Champ(s) inconnu(s)&#xa0;: {value}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This is an anonymous contact: identifying details may only be recorded after the person consents to registration.</source>
        <translation>Il s&apos;agit d&apos;un contact anonyme&#xa0;: les données d&apos;identification ne peuvent être enregistrées qu&apos;après le consentement de la personne à l&apos;enregistrement.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unknown case status &apos;{value}&apos;.</source>
        <translation>Statut de dossier inconnu «&#xa0;{value}&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown sensitivity &apos;{value}&apos;.</source>
        <translation>Sensibilité inconnue «&#xa0;{value}&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown sex &apos;{value}&apos;.</source>
        <translation>Sexe inconnu «&#xa0;{value}&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The age must be between 0 and 120 years (leave it empty when unknown).</source>
        <translation>L&apos;âge doit être compris entre 0 et 120 ans (laissez vide s&apos;il est inconnu).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unknown sector or need status: {sector}, {status}.</source>
        <translation>Secteur ou statut de besoin inconnu&#xa0;: {sector}, {status}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>That consent is not currently given, so it cannot be withdrawn.</source>
        <translation>Ce consentement n&apos;est pas donné actuellement&#xa0;: il ne peut donc pas être retiré.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Describe the follow-up action.</source>
        <translation>Décrivez l&apos;action de suivi.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>That follow-up action no longer exists.</source>
        <translation>Cette action de suivi n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The note is empty.</source>
        <translation>La note est vide.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a closure reason ({value}).</source>
        <translation>Choisissez un motif de clôture ({value}).</translation>
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
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../tipdesk/ui/cases/fields.py" line="-36"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../tipdesk/ui/cases/fields.py" line="+1"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../tipdesk/ui/cases/fields.py" line="+12"/>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Codes or names, separated by ;</source>
        <translation>Codes ou noms, séparés par&#xa0;;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a known %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un(e) %2 connu(e).</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../tipdesk/cli/__init__.py" line="+100"/>
        <source>interrupted.</source>
        <translation>interrompu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected error ({kind}). Nothing reported as done was lost. Run again with --debug to see details, and report it.</source>
        <translation>erreur inattendue ({kind}). Rien de ce qui a été signalé comme fait n&apos;a été perdu. Relancez avec --debug pour voir les détails, et signalez-la.</translation>
    </message>
    <message>
        <location filename="../../tipdesk/cli/common.py" line="+35"/>
        <source>Run &apos;{command} --help&apos; for usage.</source>
        <translation>Lancez «&#xa0;{command} --help&#xa0;» pour l&apos;aide.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>--user NAME is required: give your TIPDesk user name.</source>
        <translation>--user NOM est obligatoire&#xa0;: donnez votre nom d&apos;utilisateur TIPDesk.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no password given: set TIPDESK_PASSWORD or use --password-stdin.</source>
        <translation>aucun mot de passe fourni&#xa0;: définissez TIPDESK_PASSWORD ou utilisez --password-stdin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password: </source>
        <translation>Mot de passe&#xa0;: </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Type it again: </source>
        <translation>Saisissez-le de nouveau&#xa0;: </translation>
    </message>
    <message>
        <location line="-20"/>
        <source>the two passwords differ. Nothing was created; try again.</source>
        <translation>les deux mots de passe diffèrent. Rien n&apos;a été créé&#xa0;; réessayez.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no new password given: set TIPDESK_NEW_PASSWORD or use --new-password-stdin.</source>
        <translation>aucun nouveau mot de passe fourni&#xa0;: définissez TIPDESK_NEW_PASSWORD ou utilisez --new-password-stdin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../tipdesk/cli/office_commands.py" line="+180"/>
        <source>New password for {user}: </source>
        <translation>Nouveau mot de passe pour {user}&#xa0;: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the two passwords differ. Nothing was changed; try again.</source>
        <translation>les deux mots de passe diffèrent. Rien n&apos;a été modifié&#xa0;; réessayez.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>your password was set by an administrator: change it first with &apos;tipdesk user passwd&apos;.</source>
        <translation>votre mot de passe a été défini par un administrateur&#xa0;: changez-le d&apos;abord avec «&#xa0;tipdesk user passwd&#xa0;».</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>row {row}, column {column} ({value}): {reason}</source>
        <translation>ligne {row}, colonne {column} ({value})&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Columns TIPDesk does not use (ignored): {columns}</source>
        <translation>Colonnes que TIPDesk n&apos;utilise pas (ignorées)&#xa0;: {columns}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tipdesk/cli/data_commands.py" line="+87"/>
        <source>Imported %n case(s) ({first} to {last}).</source>
        <translation>
            <numerusform>%n dossier importé ({first} à {last}).</numerusform>
            <numerusform>%n dossiers importés ({first} à {last}).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file holds no cases.</source>
        <translation>Le fichier ne contient aucun dossier.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wrote the case register template {file}; docs/spreadsheets.md lists its columns.</source>
        <translation>Modèle de registre de dossiers écrit dans {file}&#xa0;; docs/spreadsheets.md en décrit les colonnes.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Exported %n service(s) to {file}.</source>
        <translation>
            <numerusform>%n service exporté vers {file}.</numerusform>
            <numerusform>%n services exportés vers {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Directory imported: {added} added, {updated} updated, {unchanged} unchanged, {removed} removed, {deactivated} deactivated.</source>
        <translation>Répertoire importé&#xa0;: {added} ajoutés, {updated} mis à jour, {unchanged} inchangés, {removed} supprimés, {deactivated} désactivés.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Wrote the directory template {file}; docs/spreadsheets.md lists its columns.</source>
        <translation>Modèle de répertoire écrit dans {file}&#xa0;; docs/spreadsheets.md en décrit les colonnes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--cases must be between 0 and 1,000,000.</source>
        <translation>--cases doit être compris entre 0 et 1 000 000.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created the demo office {path} (fictional data only).</source>
        <translation>Bureau de démonstration créé&#xa0;: {path} (données fictives uniquement).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>administrator: {user}  password: {password}</source>
        <translation>administrateur&#xa0;: {user}  mot de passe&#xa0;: {password}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{user}  password: {password}</source>
        <translation>{user}  mot de passe&#xa0;: {password}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{done} of {total} cases</source>
        <translation>{done} dossiers sur {total}</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Added %n fictional case(s).</source>
        <translation>
            <numerusform>%n dossier fictif ajouté.</numerusform>
            <numerusform>%n dossiers fictifs ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tipdesk/cli/office_commands.py" line="-99"/>
        <source>Backup written and verified: {path} ({cases}, {users}). Store it away from this laptop.</source>
        <translation>Sauvegarde écrite et vérifiée&#xa0;: {path} ({cases}, {users}). Rangez-la loin de cet ordinateur.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <location line="+24"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-23"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Restored {cases} to {path}.</source>
        <translation>{cases} restaurés dans {path}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the replaced file is kept as {path}</source>
        <translation>le fichier remplacé est conservé sous {path}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database is re-encrypted under a new key; every account and the recovery code open it as before. Make a new backup: older backups still use the old key.</source>
        <translation>La base de données est de nouveau chiffrée avec une nouvelle clé&#xa0;; chaque compte et le code de récupération l&apos;ouvrent comme avant. Faites une nouvelle sauvegarde&#xa0;: les anciennes utilisent toujours l&apos;ancienne clé.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Purged case {code}.</source>
        <translation>Dossier {code} purgé.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Purged %n closed case(s) past the retention period.</source>
        <translation>
            <numerusform>%n dossier clôturé purgé (durée de conservation dépassée).</numerusform>
            <numerusform>%n dossiers clôturés purgés (durée de conservation dépassée).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{code}  closed {date}</source>
        <translation>{code}  clôturé le {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n closed case(s) are past the retention period; &apos;tipdesk purge --expired&apos; purges them.</source>
        <translation>
            <numerusform>%n dossier clôturé a dépassé la durée de conservation&#xa0;; «&#xa0;tipdesk purge --expired&#xa0;» le purge.</numerusform>
            <numerusform>%n dossiers clôturés ont dépassé la durée de conservation&#xa0;; «&#xa0;tipdesk purge --expired&#xa0;» les purge.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--office NAME is required, e.g. --office &apos;Maroua field office&apos;.</source>
        <translation>--office NOM est obligatoire, p. ex. --office &apos;Sous-bureau de Maroua&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--country ISO is required, e.g. --country CMR.</source>
        <translation>--country ISO est obligatoire, p. ex. --country CMR.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Created the TIPDesk office database {path}</source>
        <translation>Base de données de bureau TIPDesk créée&#xa0;: {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>office: {office}</source>
        <translation>bureau&#xa0;: {office}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>key slots: {path} (keep it with the database; backups carry both)</source>
        <translation>emplacements de clés&#xa0;: {path} (à garder avec la base de données&#xa0;; les sauvegardes contiennent les deux)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>first administrator: {user}</source>
        <translation>premier administrateur&#xa0;: {user}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RECOVERY CODE (shown only this once): {code}</source>
        <translation>CODE DE RÉCUPÉRATION (affiché cette seule fois)&#xa0;: {code}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print it or write it down now and keep it in the office safe. With it an
administrator can set a new password for anyone if passwords are forgotten;
anyone holding it and the database file can read every case.</source>
        <translation>Imprimez-le ou notez-le maintenant et gardez-le dans le coffre du bureau. Avec lui, un
administrateur peut définir un nouveau mot de passe pour chacun en cas d&apos;oubli&#xa0;;
quiconque le détient avec le fichier de la base de données peut lire tous les dossiers.</translation>
    </message>
    <message>
        <location filename="../../tipdesk/cli/report_commands.py" line="+66"/>
        <source>&apos;{text}&apos; is not a referral number such as REF-2026-00042.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un numéro de référencement comme REF-2026-00042.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wrote the referral form {number} to {file}. It holds personal data: keep it safe and destroy it when no longer needed.</source>
        <translation>Fiche de référencement {number} écrite dans {file}. Elle contient des données personnelles&#xa0;: conservez-la en lieu sûr et détruisez-la quand elle n&apos;est plus nécessaire.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&apos;{text}&apos; is not a date: write 2026-06 or 2026-06-30.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une date&#xa0;: écrivez 2026-06 ou 2026-06-30.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Wrote the anonymised summary to {file}: {counted} cases counted, {excluded} left out (no consent to statistics).</source>
        <translation>Synthèse anonymisée écrite dans {file}&#xa0;: {counted} dossiers comptés, {excluded} écartés (pas de consentement aux statistiques).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Wrote {rows} anonymised records to {file} (k = {k}; {blanked} values blanked, {dropped} records left out, {excluded} cases without consent to statistics).</source>
        <translation>{rows} enregistrements anonymisés écrits dans {file} (k = {k}&#xa0;; {blanked} valeurs effacées, {dropped} enregistrements écartés, {excluded} dossiers sans consentement aux statistiques).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{file} could not be written: {reason}.</source>
        <translation>{file} n&apos;a pas pu être écrit&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../tipdesk/cli/user_commands.py" line="+82"/>
        <source>Added {user} ({role}). They must change the password at their first sign-in.</source>
        <translation>{user} ({role}) ajouté. Cette personne doit changer le mot de passe à sa première connexion.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LAST SIGN-IN</source>
        <translation>DERNIÈRE CONNEXION</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Disabled {user}; their key slot is removed.</source>
        <translation>{user} désactivé&#xa0;; son emplacement de clé est supprimé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enabled {user}; they must change the password at sign-in.</source>
        <translation>{user} réactivé&#xa0;; le mot de passe doit être changé à la connexion.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set a new password for {user}; they must change it at sign-in.</source>
        <translation>Nouveau mot de passe défini pour {user}&#xa0;; il doit être changé à la connexion.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your password is changed.</source>
        <translation>Votre mot de passe a été changé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no recovery code given: set TIPDESK_RECOVERY_CODE.</source>
        <translation>aucun code de récupération fourni&#xa0;: définissez TIPDESK_RECOVERY_CODE.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery code: </source>
        <translation>Code de récupération&#xa0;: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set a new password for {user} with the recovery code.</source>
        <translation>Nouveau mot de passe défini pour {user} avec le code de récupération.</translation>
    </message>
</context>
<context>
    <name>context</name>
    <message>
        <location filename="../../tipdesk/services/context.py" line="+74"/>
        <location line="+26"/>
        <source>TIPDesk is locked. Sign in again to continue.</source>
        <translation>TIPDesk est verrouillé. Connectez-vous de nouveau pour continuer.</translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <location filename="../../tipdesk/store/copy.py" line="+24"/>
        <source>{target} already exists. Choose another file name.</source>
        <translation>{target} existe déjà. Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <location filename="../../tipdesk/store/database.py" line="+49"/>
        <source>The database {db_path} cannot be decrypted with the key your password opened: the file is damaged, or it is not the database this key file belongs to (SQLCipher cannot tell the two apart). Nothing was changed. Restore the office&apos;s latest backup.</source>
        <translation>La base de données {db_path} ne peut pas être déchiffrée avec la clé qu&apos;a ouverte votre mot de passe&#xa0;: le fichier est endommagé, ou ce n&apos;est pas la base de données à laquelle appartient ce fichier de clés (SQLCipher ne peut pas distinguer les deux cas). Rien n&apos;a été modifié. Restaurez la dernière sauvegarde du bureau.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The database {db_path} is damaged (SQLite: {reason}). Nothing was changed. Run &apos;tipdesk check&apos; and restore the office&apos;s latest backup.</source>
        <translation>La base de données {db_path} est endommagée (SQLite&#xa0;: {reason}). Rien n&apos;a été modifié. Lancez «&#xa0;tipdesk check&#xa0;» et restaurez la dernière sauvegarde du bureau.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The database {db_path} is busy: another TIPDesk window or command is writing to it. Wait a moment, or close the other window, and try again.</source>
        <translation>La base de données {db_path} est occupée&#xa0;: une autre fenêtre ou commande TIPDesk y écrit. Attendez un moment, ou fermez l&apos;autre fenêtre, puis réessayez.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The disk holding {db_path} is full or failing; nothing more could be saved. Free some space (or check the disk) and try again: earlier data is safe.</source>
        <translation>Le disque qui contient {db_path} est plein ou défaillant&#xa0;; rien de plus n&apos;a pu être enregistré. Libérez de l&apos;espace (ou vérifiez le disque) et réessayez&#xa0;: les données antérieures sont intactes.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no database at {db_path}. Check the path, or create a new office database with &apos;tipdesk init&apos;.</source>
        <translation>Il n&apos;y a pas de base de données à {db_path}. Vérifiez le chemin, ou créez une nouvelle base de données de bureau avec «&#xa0;tipdesk init&#xa0;».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{db_path} is not a file. Give the path of the office database file.</source>
        <translation>{db_path} n&apos;est pas un fichier. Donnez le chemin du fichier de la base de données du bureau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database {db_path} is empty or truncated. Nothing was changed. Restore the office&apos;s latest backup.</source>
        <translation>La base de données {db_path} est vide ou tronquée. Rien n&apos;a été modifié. Restaurez la dernière sauvegarde du bureau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{db_path} is an unencrypted SQLite file, not a TIPDesk database. Give the path of the office database.</source>
        <translation>{db_path} est un fichier SQLite non chiffré, pas une base de données TIPDesk. Donnez le chemin de la base de données du bureau.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The SQLite library in use has no SQLCipher encryption; TIPDesk will not store data unencrypted. Reinstall TIPDesk.</source>
        <translation>La bibliothèque SQLite utilisée n&apos;a pas le chiffrement SQLCipher&#xa0;; TIPDesk n&apos;enregistre pas de données non chiffrées. Réinstallez TIPDesk.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The database {db_path} is truncated or damaged: it is shorter than its own header says. Nothing was changed. Restore the office&apos;s latest backup.</source>
        <translation>La base de données {db_path} est tronquée ou endommagée&#xa0;: elle est plus courte que ne l&apos;indique son propre en-tête. Rien n&apos;a été modifié. Restaurez la dernière sauvegarde du bureau.</translation>
    </message>
    <message>
        <location filename="../../tipdesk/store/migrate.py" line="+76"/>
        <source>The database {db_path} has no TIPDesk schema version: it is not a TIPDesk office database, or it is damaged. Nothing was changed.</source>
        <translation>La base de données {db_path} n&apos;a pas de version de schéma TIPDesk&#xa0;: ce n&apos;est pas une base de données de bureau TIPDesk, ou elle est endommagée. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database {db_path} was written by a newer TIPDesk (schema {current}). Nothing was changed: install the newer TIPDesk to open it.</source>
        <translation>La base de données {db_path} a été écrite par une version plus récente de TIPDesk (schéma {current}). Rien n&apos;a été modifié&#xa0;: installez la version plus récente de TIPDesk pour l&apos;ouvrir.</translation>
    </message>
</context>
<context>
    <name>directory</name>
    <message>
        <location filename="../../tipdesk/services/directory.py" line="+126"/>
        <source>the organisation is required</source>
        <translation>l&apos;organisation est obligatoire</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>use one of: {value}</source>
        <translation>utilisez l&apos;une de ces valeurs&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the type of service is required</source>
        <translation>le type de service est obligatoire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the region (admin-1) is required</source>
        <translation>la région (admin-1) est obligatoire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write a phone number with digits, spaces and an optional leading +</source>
        <translation>écrivez un numéro de téléphone avec des chiffres, des espaces et un + au début si besoin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>write an e-mail address like name@example.org</source>
        <translation>écrivez une adresse électronique comme nom@exemple.org</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;{value}&apos; is not one of: {value2}</source>
        <translation>«&#xa0;{value}&#xa0;» ne fait pas partie de&#xa0;: {value2}</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>{organisation} already has an active {sector} service at this site ({other}); edit or deactivate that one instead.</source>
        <translation>{organisation} a déjà un service {sector} actif sur ce site ({other})&#xa0;; modifiez ou désactivez plutôt celui-ci.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Another active service ({other}) already covers this organisation, sector and site.</source>
        <translation>Un autre service actif ({other}) couvre déjà cette organisation, ce secteur et ce site.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>There is no service {ref} in the directory.</source>
        <translation>Il n&apos;y a pas de service {ref} dans le répertoire.</translation>
    </message>
</context>
<context>
    <name>disclosure</name>
    <message>
        <location filename="../../tipdesk/services/disclosure.py" line="+49"/>
        <source>The minimum cell size must be between {MIN_K} and {MAX_K}.</source>
        <translation>La taille minimale de cellule doit être comprise entre {MIN_K} et {MAX_K}.</translation>
    </message>
</context>
<context>
    <name>drafts</name>
    <message>
        <location filename="../../tipdesk/services/drafts.py" line="+75"/>
        <source>That draft no longer exists.</source>
        <translation>Ce brouillon n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <location filename="../../tipdesk/ui/feedback.py" line="+20"/>
        <source>Something unexpected went wrong (%1). Nothing more was done. Try again; if it happens again, run &apos;tipdesk check&apos; and tell the person who supports TIPDesk in your office.</source>
        <translation>Un problème inattendu est survenu (%1). Rien de plus n&apos;a été fait. Réessayez&#xa0;; si cela se reproduit, lancez «&#xa0;tipdesk check&#xa0;» et prévenez la personne qui s&apos;occupe de TIPDesk dans votre bureau.</translation>
    </message>
</context>
<context>
    <name>gaps</name>
    <message>
        <location filename="../../tipdesk/services/gaps.py" line="+17"/>
        <source>No service accepts trafficking cases</source>
        <translation>Aucun service n&apos;accepte les cas de traite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No service for men</source>
        <translation>Aucun service pour les hommes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No service for older people</source>
        <translation>Aucun service pour les personnes âgées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No service for non-nationals</source>
        <translation>Aucun service pour les non-ressortissants</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../tipdesk/services/case_import.py" line="+100"/>
        <source>country (ISO 3166 code or name)</source>
        <translation>pays (code ISO 3166 ou nom)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language (ISO 639 code or name)</source>
        <translation>langue (code ISO 639 ou nom)</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+15"/>
        <source>not a known value; use one of: {value}</source>
        <translation>valeur inconnue&#xa0;; utilisez l&apos;une de ces valeurs&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not a known {what}</source>
        <translation>{what} inconnu(e)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../tipdesk/services/directory_io.py" line="+186"/>
        <source>not a date; write it as YYYY-MM-DD</source>
        <translation>ce n&apos;est pas une date&#xa0;; écrivez-la sous la forme AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a whole number of years</source>
        <translation>ce n&apos;est pas un nombre entier d&apos;années</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../tipdesk/services/directory_io.py" line="-39"/>
        <source>write yes or no</source>
        <translation>écrivez yes ou no (oui ou non)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>names or contacts need consent to register (yes)</source>
        <translation>les noms ou contacts demandent le consentement à l&apos;enregistrement (yes)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>write needs as &apos;sector: wants|declines|already-receiving&apos;, separated by ;</source>
        <translation>écrivez les besoins sous la forme «&#xa0;secteur: wants|declines|already-receiving&#xa0;», séparés par&#xa0;;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the same column as &apos;{value}&apos; appears twice</source>
        <translation>la même colonne que «&#xa0;{value}&#xa0;» apparaît deux fois</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>none of these columns describes a person (sex, age, names, consent...): is this the right file? Start from the template (&apos;tipdesk cases template&apos;) or use HTCDS column names</source>
        <translation>aucune de ces colonnes ne décrit une personne (sexe, âge, noms, consentement…)&#xa0;: est-ce le bon fichier&#xa0;? Partez du modèle («&#xa0;tipdesk cases template&#xa0;») ou utilisez les noms de colonnes HTCDS</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>may be the person of case {code}; check, or import with --allow-duplicates</source>
        <translation>peut-être la personne du dossier {code}&#xa0;; vérifiez, ou importez avec --allow-duplicates</translation>
    </message>
    <message>
        <location filename="../../tipdesk/services/directory_io.py" line="-8"/>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+19"/>
        <source>use one of: {value}</source>
        <translation>utilisez l&apos;une de ces valeurs&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>not a known language (ISO 639)</source>
        <translation>langue inconnue (ISO 639)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>this column is missing</source>
        <translation>cette colonne manque</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this column appears twice</source>
        <translation>cette colonne apparaît deux fois</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the same service as row {value}</source>
        <translation>le même service qu&apos;à la ligne {value}</translation>
    </message>
</context>
<context>
    <name>key_rotation</name>
    <message>
        <location filename="../../tipdesk/services/key_rotation.py" line="+67"/>
        <source>Another window still has the database open; the key was not rotated. Close other TIPDesk windows and try again.</source>
        <translation>Une autre fenêtre a encore la base de données ouverte&#xa0;; la clé n&apos;a pas été changée. Fermez les autres fenêtres TIPDesk et réessayez.</translation>
    </message>
</context>
<context>
    <name>keyslots</name>
    <message>
        <location filename="../../tipdesk/store/keyslots.py" line="+120"/>
        <source>The key file {path} is missing. Without it the database cannot be opened: put back the .keys file from a backup, or restore the whole backup.</source>
        <translation>Le fichier de clés {path} est manquant. Sans lui, la base de données ne peut pas être ouverte&#xa0;: remettez le fichier .keys d&apos;une sauvegarde, ou restaurez toute la sauvegarde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The key file {path} is damaged or is not a TIPDesk key file. Nothing was changed: put back the .keys file from a backup, or restore the whole backup.</source>
        <translation>Le fichier de clés {path} est endommagé ou n&apos;est pas un fichier de clés TIPDesk. Rien n&apos;a été modifié&#xa0;: remettez le fichier .keys d&apos;une sauvegarde, ou restaurez toute la sauvegarde.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The key file {path} has format version {value}, which this TIPDesk does not know. Install the TIPDesk version that made it.</source>
        <translation>Le fichier de clés {path} a la version de format {value}, que cette version de TIPDesk ne connaît pas. Installez la version de TIPDesk qui l&apos;a créé.</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+5"/>
        <source>Wrong user name or password. Check both and try again.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect. Vérifiez les deux et réessayez.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>That recovery code does not open this database. Check it against the printed copy (letters and digits only; dashes and spaces do not matter).</source>
        <translation>Ce code de récupération n&apos;ouvre pas cette base de données. Comparez-le à la copie imprimée (seuls les lettres et les chiffres comptent&#xa0;; les tirets et les espaces n&apos;ont pas d&apos;importance).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A key slot lacks the new database key; rotation stopped.</source>
        <translation>Un emplacement de clé n&apos;a pas la nouvelle clé de la base de données&#xa0;; le changement de clé a été arrêté.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Key file {path} uses an unknown key derivation.</source>
        <translation>Le fichier de clés {path} utilise une dérivation de clé inconnue.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A key slot in {path} is damaged. Nothing was changed: put back the .keys file from a backup, or use the recovery code.</source>
        <translation>Un emplacement de clé de {path} est endommagé. Rien n&apos;a été modifié&#xa0;: remettez le fichier .keys d&apos;une sauvegarde, ou utilisez le code de récupération.</translation>
    </message>
</context>
<context>
    <name>office</name>
    <message>
        <location filename="../../tipdesk/services/office.py" line="+51"/>
        <source>&apos;{country}&apos; is not a country TIPDesk knows. Give an ISO 3166 code such as CMR or CM, or the country&apos;s English name.</source>
        <translation>«&#xa0;{country}&#xa0;» n&apos;est pas un pays connu de TIPDesk. Donnez un code ISO 3166 comme CMR ou CM, ou le nom anglais du pays.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A user name is required.</source>
        <translation>Un nom d&apos;utilisateur est obligatoire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{username}&apos; cannot be a user name: use up to {MAX_USERNAME} letters, digits, dots, dashes or underscores, without spaces.</source>
        <translation>«&#xa0;{username}&#xa0;» ne peut pas être un nom d&apos;utilisateur&#xa0;: utilisez au plus {MAX_USERNAME} lettres, chiffres, points, tirets ou tirets bas, sans espace.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{existing} already exists. TIPDesk never overwrites an office database: choose another path, or open the existing one.</source>
        <translation>{existing} existe déjà. TIPDesk n&apos;écrase jamais une base de données de bureau&#xa0;: choisissez un autre chemin, ou ouvrez celle qui existe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder {folder} does not exist. Create it first.</source>
        <translation>Le dossier {folder} n&apos;existe pas. Créez-le d&apos;abord.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An office name is required, e.g. &apos;Maroua field office&apos;.</source>
        <translation>Un nom de bureau est obligatoire, p. ex. «&#xa0;Sous-bureau de Maroua&#xa0;».</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The database {db_path} has no office settings: it is damaged. Nothing was changed. Restore the office&apos;s latest backup.</source>
        <translation>La base de données {db_path} n&apos;a pas de paramètres de bureau&#xa0;: elle est endommagée. Rien n&apos;a été modifié. Restaurez la dernière sauvegarde du bureau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This account is disabled or no longer exists. Ask an administrator.</source>
        <translation>Ce compte est désactivé ou n&apos;existe plus. Adressez-vous à un administrateur.</translation>
    </message>
</context>
<context>
    <name>passwords</name>
    <message>
        <location filename="../../tipdesk/services/passwords.py" line="+45"/>
        <source>use at least {count} characters</source>
        <translation>utilisez au moins {count} caractères</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>do not start or end with a space</source>
        <translation>ne commencez ni ne terminez par une espace</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>avoid common or repetitive passwords</source>
        <translation>évitez les mots de passe courants ou répétitifs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>do not include the user name</source>
        <translation>n&apos;y mettez pas le nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The password is too weak: {problems}.</source>
        <translation>Le mot de passe est trop faible&#xa0;: {problems}.</translation>
    </message>
</context>
<context>
    <name>permissions</name>
    <message>
        <location filename="../../tipdesk/services/permissions.py" line="+37"/>
        <source>manage user accounts</source>
        <translation>gérer les comptes utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change office settings</source>
        <translation>modifier les paramètres du bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view the audit trail</source>
        <translation>consulter le journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>make or restore backups</source>
        <translation>faire ou restaurer des sauvegardes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purge cases</source>
        <translation>purger des dossiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>register cases</source>
        <translation>enregistrer des dossiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open case files</source>
        <translation>ouvrir des dossiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change cases</source>
        <translation>modifier des dossiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import case registers</source>
        <translation>importer des registres de dossiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view the service directory</source>
        <translation>consulter le répertoire des services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the service directory</source>
        <translation>modifier le répertoire des services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create referrals</source>
        <translation>créer des référencements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>override a missing referral consent</source>
        <translation>passer outre un consentement au référencement manquant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>see the referral queue</source>
        <translation>voir la file des référencements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print referral forms</source>
        <translation>imprimer des fiches de référencement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record referral feedback</source>
        <translation>enregistrer les retours des référencements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>produce anonymised reports</source>
        <translation>produire des rapports anonymisés</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your role ({role}) may not {action}. Ask an administrator.</source>
        <translation>Votre rôle ({role}) ne permet pas de {action}. Adressez-vous à un administrateur.</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../tipdesk/services/case_records.py" line="+32"/>
        <source>This is an anonymous contact: {what} may only be recorded once the person consents to registration and is registered with the case wizard.</source>
        <translation>Il s&apos;agit d&apos;un contact anonyme&#xa0;: les {what} ne peuvent être enregistrées qu&apos;une fois que la personne consent à l&apos;enregistrement et qu&apos;elle est enregistrée avec l&apos;assistant de dossier.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Tick the information the person agrees to share with this partner.</source>
        <translation>Cochez les informations que la personne accepte de partager avec ce partenaire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>identifying information</source>
        <translation>données d&apos;identification</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>safety assessments</source>
        <translation>évaluations de la sécurité</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>screenings</source>
        <translation>dépistages</translation>
    </message>
    <message>
        <location filename="../../tipdesk/services/case_registration.py" line="+183"/>
        <source>Immediate danger: record who was alerted.</source>
        <translation>Danger immédiat&#xa0;: enregistrez qui a été alerté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Immediate danger: record what was done.</source>
        <translation>Danger immédiat&#xa0;: enregistrez ce qui a été fait.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A referral consent names its sector.</source>
        <translation>Un consentement au référencement indique son secteur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent to share names the partner it is shared with.</source>
        <translation>Un consentement au partage indique le partenaire avec qui il est partagé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For a child, record the child&apos;s assent with a parent or guardian&apos;s consent, or a best-interests decision.</source>
        <translation>Pour un enfant, enregistrez l&apos;assentiment de l&apos;enfant avec le consentement d&apos;un parent ou tuteur, ou une décision fondée sur l&apos;intérêt supérieur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Document the best-interests decision (why the guardian is not asked).</source>
        <translation>Documentez la décision fondée sur l&apos;intérêt supérieur (pourquoi le tuteur n&apos;est pas consulté).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name the parent or guardian who consented.</source>
        <translation>Indiquez le nom du parent ou tuteur qui a consenti.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Overriding the computed outcome needs a written reason.</source>
        <translation>Modifier le résultat calculé demande un motif écrit.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Record whether the person consents to registering their personal data.</source>
        <translation>Indiquez si la personne consent à l&apos;enregistrement de ses données personnelles.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The age must be between 0 and 120 years (leave it empty when unknown).</source>
        <translation>L&apos;âge doit être compris entre 0 et 120 ans (laissez vide s&apos;il est inconnu).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The date of birth cannot be in the future.</source>
        <translation>La date de naissance ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>The case cannot be saved yet: {problems}</source>
        <translation>Le dossier ne peut pas encore être enregistré&#xa0;: {problems}</translation>
    </message>
</context>
<context>
    <name>referral_views</name>
    <message>
        <location filename="../../tipdesk/services/referral_views.py" line="+56"/>
        <source>That referral no longer exists.</source>
        <translation>Ce référencement n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The person withdrew the consent this referral relied on: its form cannot be printed. Cancel the referral.</source>
        <translation>La personne a retiré le consentement dont dépendait ce référencement&#xa0;: sa fiche ne peut pas être imprimée. Annulez le référencement.</translation>
    </message>
</context>
<context>
    <name>referrals</name>
    <message>
        <location filename="../../tipdesk/services/referrals.py" line="+90"/>
        <source>There is no case {code}. Check the case code.</source>
        <translation>Il n&apos;y a pas de dossier {code}. Vérifiez le code du dossier.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The service {ref} is not an active service of the directory.</source>
        <translation>Le service {ref} n&apos;est pas un service actif du répertoire.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Unknown sector or priority: {sector}, {priority}.</source>
        <translation>Secteur ou priorité inconnu&#xa0;: {sector}, {priority}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown field(s) to disclose: {value}.</source>
        <translation>Champ(s) à communiquer inconnu(s)&#xa0;: {value}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The person declined this sector&apos;s services: a declined need is not referred (self-determination). Record a change of mind on the needs tab first.</source>
        <translation>La personne a refusé les services de ce secteur&#xa0;: un besoin refusé n&apos;est pas référé (autodétermination). Enregistrez d&apos;abord son changement d&apos;avis dans l&apos;onglet des besoins.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The service {ref} is not in the {sector} sector.</source>
        <translation>Le service {ref} n&apos;est pas dans le secteur {sector}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no consent to refer this person to this sector. Record the consent first; only an administrator may override, with a written reason.</source>
        <translation>Il n&apos;y a pas de consentement pour référer cette personne vers ce secteur. Enregistrez d&apos;abord le consentement&#xa0;; seul un administrateur peut passer outre, avec un motif écrit.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The consents do not allow disclosing: {fields}. Record consent to share them with this partner, or leave them out.</source>
        <translation>Les consentements ne permettent pas de communiquer&#xa0;: {fields}. Enregistrez le consentement à les partager avec ce partenaire, ou retirez-les.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Unknown referral status &apos;{status}&apos;.</source>
        <translation>Statut de référencement inconnu «&#xa0;{status}&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That referral no longer exists.</source>
        <translation>Ce référencement n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A referral that is {status} cannot become {status2}.</source>
        <translation>Un référencement au statut {status} ne peut pas passer au statut {status2}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The person withdrew consent for this referral: it cannot be sent.</source>
        <translation>La personne a retiré son consentement à ce référencement&#xa0;: il ne peut pas être envoyé.</translation>
    </message>
</context>
<context>
    <name>retention</name>
    <message>
        <location filename="../../tipdesk/services/retention.py" line="+57"/>
        <source>There is no case {code}. Check the case code.</source>
        <translation>Il n&apos;y a pas de dossier {code}. Vérifiez le code du dossier.</translation>
    </message>
</context>
<context>
    <name>screening</name>
    <message>
        <location filename="../../tipdesk/services/screening.py" line="+52"/>
        <source>An Act and a Purpose of exploitation are present.</source>
        <translation>Un Acte et une Finalité d&apos;exploitation sont présents.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person is a child: no Means is needed.</source>
        <translation>La personne est un enfant&#xa0;: aucun Moyen n&apos;est nécessaire.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An Act, a Means and a Purpose of exploitation are present.</source>
        <translation>Un Acte, un Moyen et une Finalité d&apos;exploitation sont présents.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Act</source>
        <translation>Acte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Means</source>
        <translation>Moyens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Some indicators are present, but not the whole definition.</source>
        <translation>Certains indicateurs sont présents, mais pas toute la définition.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not yet seen: {missing}.</source>
        <translation>Pas encore vu&#xa0;: {missing}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No indicator of trafficking was recorded.</source>
        <translation>Aucun indicateur de traite n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Men and boys</source>
        <translation>Hommes et garçons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Older people (60 and over)</source>
        <translation>Personnes âgées (60 ans et plus)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labour exploitation</source>
        <translation>Exploitation par le travail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organ removal</source>
        <translation>Prélèvement d&apos;organes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Migrants, refugees and other non-nationals</source>
        <translation>Migrants, réfugiés et autres non-ressortissants</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Handled as a {pathway} case, but it meets the definition of trafficking: record and refer it as trafficking too.</source>
        <translation>Traité comme un cas de {pathway}, mais il répond à la définition de la traite&#xa0;: enregistrez-le et référez-le aussi comme traite.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../tipdesk/services/settings.py" line="+50"/>
        <source>The auto-lock time must be between {low} and {high} minutes.</source>
        <translation>Le délai de verrouillage automatique doit être compris entre {low} et {high} minutes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The retention period must be between {low} and {high} months.</source>
        <translation>La durée de conservation doit être comprise entre {low} et {high} mois.</translation>
    </message>
</context>
<context>
    <name>sign_in</name>
    <message>
        <location filename="../../tipdesk/services/sign_in_throttle.py" line="+65"/>
        <source>Several attempts have failed. Wait {seconds} seconds, then try again.</source>
        <translation>Plusieurs tentatives ont échoué. Attendez {seconds} secondes, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>space</name>
    <message>
        <location filename="../../tipdesk/store/space.py" line="+56"/>
        <source>Disk full: there is no space left on the disk that holds {path}, so this was not saved there. Free space and try again; everything saved before is safe.</source>
        <translation>Disque plein&#xa0;: il n&apos;y a plus d&apos;espace sur le disque qui contient {path}, donc rien n&apos;y a été enregistré. Libérez de l&apos;espace et réessayez&#xa0;; tout ce qui a été enregistré avant est intact.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{path} could not be written: {reason}. Choose another place and try again.</source>
        <translation>{path} n&apos;a pas pu être écrit&#xa0;: {reason}. Choisissez un autre emplacement et réessayez.</translation>
    </message>
</context>
<context>
    <name>statistics</name>
    <message>
        <location filename="../../tipdesk/services/statistics.py" line="+62"/>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>New cases by month of registration</source>
        <translation>Nouveaux dossiers par mois d&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New cases</source>
        <translation>Nouveaux dossiers</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open cases by month</source>
        <translation>Dossiers ouverts par mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases</source>
        <translation>Dossiers ouverts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A case counts in every month it was open.</source>
        <translation>Un dossier compte dans chaque mois où il était ouvert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sex and age band</source>
        <translation>Sexe et tranche d&apos;âge</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A case may count in several columns; the total is a number of answers, not of people.</source>
        <translation>Un dossier peut compter dans plusieurs colonnes&#xa0;; le total est un nombre de réponses, pas de personnes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forms of exploitation</source>
        <translation>Formes d&apos;exploitation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Means of control</source>
        <translation>Moyens de contrôle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nationality status</source>
        <translation>Statut de nationalité</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trafficked in-country or abroad</source>
        <translation>Traite dans le pays ou à l&apos;étranger</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Screening outcomes</source>
        <translation>Résultats du dépistage</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Groups that child-protection and GBV pathways usually miss</source>
        <translation>Groupes que les circuits de protection de l&apos;enfance et de VBG oublient souvent</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Referrals by sector and status</source>
        <translation>Référencements par secteur et par statut</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unmet needs by sector</source>
        <translation>Besoins non satisfaits par secteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A need the person wants with no referral, or whose referrals were declined, unanswered or cancelled.</source>
        <translation>Un besoin souhaité par la personne sans référencement, ou dont les référencements ont été refusés, sont restés sans réponse ou ont été annulés.</translation>
    </message>
</context>
<context>
    <name>tabular</name>
    <message>
        <location filename="../../tipdesk/services/tabular.py" line="+94"/>
        <source>{file}: use a .csv or .xlsx file (the extension decides the format).</source>
        <translation>{file}&#xa0;: utilisez un fichier .csv ou .xlsx (l&apos;extension détermine le format).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no file at {path}. Check the path.</source>
        <translation>Il n&apos;y a pas de fichier à {path}. Vérifiez le chemin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is larger than 256 MB; split it into smaller files.</source>
        <translation>{file} dépasse 256 Mo&#xa0;; découpez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} is empty but for its header row: it needs at least one row.</source>
        <translation>{file} est vide à part sa ligne d&apos;en-tête&#xa0;: il lui faut au moins une ligne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is empty: it needs a header row and at least one row.</source>
        <translation>{file} est vide&#xa0;: il lui faut une ligne d&apos;en-tête et au moins une ligne.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} has more than {MAX_ROWS} rows; split it into smaller files.</source>
        <translation>{file} a plus de {MAX_ROWS} lignes&#xa0;; découpez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{file} is not a text CSV file: line {line} holds a NUL character (is it a spreadsheet saved with a .csv name, or a damaged file?). Save it as &apos;CSV UTF-8&apos;.</source>
        <translation>{file} n&apos;est pas un fichier CSV texte&#xa0;: la ligne {line} contient un caractère NUL (est-ce un classeur enregistré avec un nom en .csv, ou un fichier endommagé&#xa0;?). Enregistrez-le en «&#xa0;CSV UTF-8&#xa0;».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file} is not a well-formed CSV file ({exc}).</source>
        <translation>{file} n&apos;est pas un fichier CSV bien formé ({exc}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} starts as UTF-16 text but is cut off or damaged. Save it again as &apos;CSV UTF-8&apos; and try again.</source>
        <translation>{name} commence comme du texte UTF-16 mais est coupé ou endommagé. Enregistrez-le de nouveau en «&#xa0;CSV UTF-8&#xa0;» et réessayez.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} is not UTF-8 text (line {line} is in another encoding, such as Windows or Latin-1). In your spreadsheet, save it as &apos;CSV UTF-8&apos; and try again.</source>
        <translation>{name} n&apos;est pas du texte UTF-8 (la ligne {line} est dans un autre encodage, comme Windows ou Latin-1). Dans votre tableur, enregistrez-le en «&#xa0;CSV UTF-8&#xa0;» et réessayez.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file} is not a readable .xlsx workbook (it may be cut off, damaged, or another kind of file renamed). Open it in your spreadsheet and save it again as .xlsx (or as CSV UTF-8).</source>
        <translation>{file} n&apos;est pas un classeur .xlsx lisible (il est peut-être coupé, endommagé, ou c&apos;est un autre type de fichier renommé). Ouvrez-le dans votre tableur et enregistrez-le de nouveau en .xlsx (ou en CSV UTF-8).</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>{path} could not be written: {reason}. Free some space or choose another place.</source>
        <translation>{path} n&apos;a pas pu être écrit&#xa0;: {reason}. Libérez de l&apos;espace ou choisissez un autre emplacement.</translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <location filename="../../tipdesk/models/text.py" line="+35"/>
        <source>it holds a control character ({code}) that cannot be stored; remove it (it may come from a damaged file)</source>
        <translation>il contient un caractère de contrôle ({code}) qui ne peut pas être enregistré&#xa0;; retirez-le (il peut provenir d&apos;un fichier endommagé)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is too long: at most {limit} characters, not {length}; shorten it</source>
        <translation>il est trop long&#xa0;: {limit} caractères au plus, pas {length}&#xa0;; raccourcissez-le</translation>
    </message>
</context>
<context>
    <name>users</name>
    <message>
        <location filename="../../tipdesk/services/users.py" line="+54"/>
        <source>&apos;{role}&apos; is not a role. Use one of: {value}.</source>
        <translation>«&#xa0;{role}&#xa0;» n&apos;est pas un rôle. Utilisez l&apos;un de ceux-ci&#xa0;: {value}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no user &apos;{username}&apos;. &apos;tipdesk user list&apos; shows the accounts.</source>
        <translation>Il n&apos;y a pas d&apos;utilisateur «&#xa0;{username}&#xa0;». «&#xa0;tipdesk user list&#xa0;» affiche les comptes.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The user name &apos;{name}&apos; is taken. Choose another one.</source>
        <translation>Le nom d&apos;utilisateur «&#xa0;{name}&#xa0;» est déjà pris. Choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>You cannot disable your own account while signed in with it.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte pendant que vous êtes connecté·e avec.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enabling an account needs a new password for it.</source>
        <translation>Réactiver un compte demande un nouveau mot de passe pour celui-ci.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&apos;{username}&apos; is disabled: enable the account instead.</source>
        <translation>«&#xa0;{username}&#xa0;» est désactivé&#xa0;: réactivez plutôt le compte.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The new password must differ from the current one.</source>
        <translation>Le nouveau mot de passe doit être différent de l&apos;actuel.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no active account &apos;{username}&apos; in this office database.</source>
        <translation>Il n&apos;y a pas de compte actif «&#xa0;{username}&#xa0;» dans cette base de données de bureau.</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../tipdesk/models/vocab.py" line="+71"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection officer</source>
        <translation>Chargé·e de protection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focal point</source>
        <translation>Point focal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed, referred</source>
        <translation>Clôturé, référé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restricted (assigned officer and administrators only)</source>
        <translation>Restreint (chargé·e attitré·e et administrateurs seulement)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transgender female</source>
        <translation>Femme transgenre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transgender male</source>
        <translation>Homme transgenre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Non-conforming or other</source>
        <translation>Non conforme ou autre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not specified or unknown</source>
        <translation>Non précisé ou inconnu</translation>
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
        <translation>48 et plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <location line="+214"/>
        <location line="+11"/>
        <location line="+8"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>National</source>
        <translation>Ressortissant·e national·e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refugee</source>
        <translation>Réfugié·e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asylum seeker</source>
        <translation>Demandeur·se d&apos;asile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrant</source>
        <translation>Migrant·e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internally displaced person (IDP)</source>
        <translation>Personne déplacée interne (PDI)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returnee</source>
        <translation>Rapatrié·e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stateless</source>
        <translation>Apatride</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host community</source>
        <translation>Communauté d&apos;accueil</translation>
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
        <translation>Autre</translation>
    </message>
    <message>
        <location line="-339"/>
        <source>Protection (general, legal aid, documentation)</source>
        <translation>Protection (générale, aide juridique, documentation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child protection</source>
        <translation>Protection de l&apos;enfance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender-based violence (GBV)</source>
        <translation>Violence basée sur le genre (VBG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food security</source>
        <translation>Sécurité alimentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Water, sanitation and hygiene (WASH)</source>
        <translation>Eau, hygiène et assainissement (EHA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelter and non-food items (NFI)</source>
        <translation>Abris et articles non alimentaires (ANA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camp coordination and camp management (CCCM)</source>
        <translation>Coordination et gestion des camps (CCCM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nutrition</source>
        <translation>Nutrition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mental health and psychosocial support (MHPSS)</source>
        <translation>Santé mentale et soutien psychosocial (SMSPS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>Éducation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early recovery and livelihoods</source>
        <translation>Relèvement précoce et moyens de subsistance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recruitment</source>
        <translation>Recrutement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transportation</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harbouring</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt of persons</source>
        <translation>Accueil de personnes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Threat or use of force</source>
        <translation>Menace de recours ou recours à la force</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other forms of coercion</source>
        <translation>Autres formes de contrainte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abduction</source>
        <translation>Enlèvement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fraud</source>
        <translation>Fraude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deception</source>
        <translation>Tromperie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abuse of power</source>
        <translation>Abus d&apos;autorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abuse of a position of vulnerability</source>
        <translation>Abus d&apos;une situation de vulnérabilité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payments or benefits to a person in control of the victim</source>
        <translation>Paiements ou avantages à une personne ayant autorité sur la victime</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prostitution of others or other sexual exploitation</source>
        <translation>Exploitation de la prostitution d&apos;autrui ou autres formes d&apos;exploitation sexuelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forced labour or services</source>
        <translation>Travail ou services forcés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slavery or practices similar to slavery</source>
        <translation>Esclavage ou pratiques analogues à l&apos;esclavage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Servitude</source>
        <translation>Servitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removal of organs</source>
        <translation>Prélèvement d&apos;organes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forced labour</source>
        <translation>Travail forcé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sexual exploitation</source>
        <translation>Exploitation sexuelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Child labour</source>
        <translation>Travail des enfants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forced marriage</source>
        <translation>Mariage forcé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domestic or other servitude</source>
        <translation>Servitude domestique ou autre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forced military service (non-state actors)</source>
        <translation>Service militaire forcé (acteurs non étatiques)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../tipdesk/services/statistics.py" line="-35"/>
        <source>Organ removal</source>
        <translation>Prélèvement d&apos;organes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forced begging</source>
        <translation>Mendicité forcée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forced or illegal adoption</source>
        <translation>Adoption forcée ou illégale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forced surrogacy</source>
        <translation>Gestation pour autrui forcée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forced criminality</source>
        <translation>Criminalité forcée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prostitution</source>
        <translation>Prostitution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pornography</source>
        <translation>Pornographie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remote interactive services</source>
        <translation>Services interactifs à distance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Private sexual services</source>
        <translation>Services sexuels privés</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agriculture and forestry</source>
        <translation>Agriculture et sylviculture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fishing and aquaculture</source>
        <translation>Pêche et aquaculture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mining and quarrying</source>
        <translation>Activités extractives et carrières</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturing</source>
        <translation>Industrie manufacturière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Construction</source>
        <translation>Construction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hospitality and food services</source>
        <translation>Hôtellerie et restauration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domestic work</source>
        <translation>Travail domestique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport and storage</source>
        <translation>Transport et entreposage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wholesale and retail trade</source>
        <translation>Commerce de gros et de détail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begging and street selling</source>
        <translation>Mendicité et vente de rue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Threats of physical harm</source>
        <translation>Menaces de violence physique</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Threats of law enforcement or deportation</source>
        <translation>Menaces de police ou d&apos;expulsion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Threatens children or family</source>
        <translation>Menace les enfants ou la famille</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Debt bondage</source>
        <translation>Servitude pour dettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False promises</source>
        <translation>Fausses promesses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physical abuse</source>
        <translation>Violences physiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sexual abuse</source>
        <translation>Violences sexuelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes earnings</source>
        <translation>Confisque les gains</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restricts access to money</source>
        <translation>Restreint l&apos;accès à l&apos;argent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restricts medical care</source>
        <translation>Restreint l&apos;accès aux soins</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Withholds food, water or sleep</source>
        <translation>Prive de nourriture, d&apos;eau ou de sommeil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Psychological abuse</source>
        <translation>Violences psychologiques</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forced use of alcohol or drugs</source>
        <translation>Consommation forcée d&apos;alcool ou de drogues</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Excessive working hours</source>
        <translation>Horaires de travail excessifs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Withholds identity or travel documents</source>
        <translation>Confisque les papiers d&apos;identité ou de voyage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restricts movement</source>
        <translation>Restreint les déplacements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses the person&apos;s children</source>
        <translation>Utilise les enfants de la personne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At a place of business</source>
        <translation>Dans un commerce ou une entreprise</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At a school or college</source>
        <translation>Dans une école ou un établissement d&apos;enseignement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At work</source>
        <translation>Au travail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online social network</source>
        <translation>Réseau social en ligne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Online advertisement</source>
        <translation>Annonce en ligne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TV, radio or newspaper advertisement</source>
        <translation>Annonce à la télévision, à la radio ou dans un journal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Through family</source>
        <translation>Par la famille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Through friends</source>
        <translation>Par des amis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Family member</source>
        <translation>Membre de la famille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intimate partner</source>
        <translation>Partenaire intime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friend</source>
        <translation>Ami·e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acquaintance</source>
        <translation>Connaissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did not know them</source>
        <translation>Ne le ou la connaissait pas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In-country</source>
        <translation>Dans le pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abroad (across a border)</source>
        <translation>À l&apos;étranger (passage d&apos;une frontière)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both in-country and abroad</source>
        <translation>Dans le pays et à l&apos;étranger</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Presumed victim of trafficking</source>
        <translation>Victime présumée de la traite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indicators present, assess further</source>
        <translation>Indicateurs présents, à approfondir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No indicators of trafficking</source>
        <translation>Aucun indicateur de traite</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not handled by another pathway</source>
        <translation>Non pris en charge par un autre circuit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled as a child-protection case</source>
        <translation>Pris en charge comme cas de protection de l&apos;enfance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled as a GBV case</source>
        <translation>Pris en charge comme cas de VBG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled by another pathway</source>
        <translation>Pris en charge par un autre circuit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wants this service</source>
        <translation>Souhaite ce service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declines this service</source>
        <translation>Refuse ce service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already receiving it</source>
        <translation>Le reçoit déjà</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registering personal data</source>
        <translation>Enregistrement des données personnelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral to a sector</source>
        <translation>Référencement vers un secteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharing named information with a named partner</source>
        <translation>Partage d&apos;informations nominatives avec un partenaire nommé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use in anonymised statistics</source>
        <translation>Usage dans des statistiques anonymisées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Given</source>
        <translation>Donné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The person</source>
        <translation>La personne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The child&apos;s assent and a parent or guardian&apos;s consent</source>
        <translation>L&apos;assentiment de l&apos;enfant et le consentement d&apos;un parent ou tuteur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The child&apos;s assent and a documented best-interests decision</source>
        <translation>L&apos;assentiment de l&apos;enfant et une décision documentée fondée sur l&apos;intérêt supérieur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verbal</source>
        <translation>Oral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written</source>
        <translation>Écrit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Emergency (within 24 hours)</source>
        <translation>Urgence (sous 24 heures)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent (within 72 hours)</source>
        <translation>Urgent (sous 72 heures)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal (within 2 weeks)</source>
        <translation>Normal (sous 2 semaines)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service provided</source>
        <translation>Service fourni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined by the provider</source>
        <translation>Refusé par le prestataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No response</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Support plan completed</source>
        <translation>Plan d&apos;accompagnement achevé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to another organisation</source>
        <translation>Référé vers une autre organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the person&apos;s request</source>
        <translation>À la demande de la personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact lost</source>
        <translation>Contact perdu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved out of the area</source>
        <translation>A quitté la zone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a trafficking case</source>
        <translation>Pas un cas de traite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deceased</source>
        <translation>Décédé·e</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>UN agency</source>
        <translation>Agence des Nations unies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International NGO</source>
        <translation>ONG internationale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National NGO</source>
        <translation>ONG nationale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community-based organisation</source>
        <translation>Organisation communautaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government</source>
        <translation>Gouvernement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Law enforcement</source>
        <translation>Forces de l&apos;ordre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health provider</source>
        <translation>Prestataire de santé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal service</source>
        <translation>Service juridique</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Children (under 18)</source>
        <translation>Enfants (moins de 18 ans)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adults (18 to 59)</source>
        <translation>Adultes (18 à 59 ans)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../tipdesk/services/statistics.py" line="-2"/>
        <source>Older people (60 and over)</source>
        <translation>Personnes âgées (60 ans et plus)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact age</source>
        <translation>Âge exact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizenship</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone and other contact</source>
        <translation>Téléphone et autres contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caregiver (for a child)</source>
        <translation>Personne en charge (pour un enfant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe way and time to contact</source>
        <translation>Moyen et moment sûrs pour le contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form of exploitation</source>
        <translation>Forme d&apos;exploitation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age band</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality status</source>
        <translation>Statut de nationalité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs in this sector</source>
        <translation>Besoins dans ce secteur</translation>
    </message>
    <message>
        <location filename="../../tipdesk/services/statistics.py" line="-1"/>
        <source>Men and boys</source>
        <translation>Hommes et garçons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labour exploitation</source>
        <translation>Exploitation par le travail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Migrants, refugees, non-nationals</source>
        <translation>Migrants, réfugiés, non-ressortissants</translation>
    </message>
</context>
</TS>
