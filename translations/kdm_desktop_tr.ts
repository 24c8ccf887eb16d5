<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="41" />
        <source>Add user</source>
        <translation>Kullanıcı ekle</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="45" />
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="48" />
        <source>Full name</source>
        <translation>Ad soyad</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="51" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="60" />
        <source>&amp;User name:</source>
        <translation>&amp;Kullanıcı adı:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="61" />
        <source>&amp;Full name:</source>
        <translation>Ad &amp;soyad:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="62" />
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="63" />
        <source>&amp;Password:</source>
        <translation>&amp;Parola:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="63" />
        <source>Re&amp;peat password:</source>
        <translation>Parola (&amp;tekrar):</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="66" />
        <source>&amp;Add user</source>
        <translation>Kullanıcıyı &amp;ekle</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="69" />
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard_pages.py" line="71" />
        <source>The first administrator</source>
        <translation>İlk yönetici</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard_pages.py" line="74" />
        <source>The administrator adds the other staff later. Choose a long password: it protects every case in the file.</source>
        <translation>Diğer çalışanları daha sonra yönetici ekler. Uzun bir parola seçin: dosyadaki bütün vakaları bu parola korur.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard_pages.py" line="80" />
        <source>&amp;Create case file</source>
        <translation>Vaka dosyasını &amp;oluştur</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard_pages.py" line="83" />
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard_pages.py" line="84" />
        <source>e.g. ayse.yilmaz</source>
        <translation>ör. ayse.yilmaz</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard_pages.py" line="87" />
        <source>Full name</source>
        <translation>Ad soyad</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard_pages.py" line="96" />
        <source>&amp;User name:</source>
        <translation>&amp;Kullanıcı adı:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard_pages.py" line="97" />
        <source>&amp;Full name:</source>
        <translation>Ad &amp;soyad:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard_pages.py" line="98" />
        <source>&amp;Password:</source>
        <translation>&amp;Parola:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard_pages.py" line="98" />
        <source>&amp;Repeat password:</source>
        <translation>Parola (&amp;tekrar):</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../src/kdm_desktop/ui/controller.py" line="144" />
        <source>First confirm that you have stored the recovery key; it cannot be shown again.</source>
        <translation>Önce kurtarma anahtarını sakladığınızı onaylayın; anahtar bir daha gösterilemez.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../src/kdm_desktop/ui/models/audit_model.py" line="58" />
        <source>No.</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/models/audit_model.py" line="59" />
        <source>Time</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/models/audit_model.py" line="60" />
        <source>User</source>
        <translation>Kullanıcı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/models/audit_model.py" line="61" />
        <source>Action</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/models/audit_model.py" line="62" />
        <source>Object</source>
        <translation>Nesne</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/models/audit_model.py" line="63" />
        <source>Object id</source>
        <translation>Nesne kimliği</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/models/audit_model.py" line="64" />
        <source>Detail</source>
        <translation>Ayrıntı</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/audit.py" line="50" />
        <source>Filter by user, action, object or detail</source>
        <translation>Kullanıcı, işlem, nesne ya da ayrıntıya göre filtreleyin</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/audit.py" line="51" />
        <source>Filter the audit log</source>
        <translation>Denetim kaydını filtrele</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/audit.py" line="54" />
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/audit.py" line="56" />
        <source>&amp;Verify chain</source>
        <translation>Zinciri &amp;doğrula</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/audit.py" line="59" />
        <source>Check that no entry of the audit log was changed or deleted</source>
        <translation>Denetim kaydında hiçbir girdinin değiştirilmediğini ya da silinmediğini denetle</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/audit.py" line="62" />
        <source>&amp;Reload</source>
        <translation>&amp;Yenile</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/audit.py" line="75" />
        <source>Audit log entries</source>
        <translation>Denetim kaydı girdileri</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/audit.py" line="96" />
        <source>Audit log</source>
        <translation>Denetim kaydı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/audit.py" line="114" />
        <source>{shown} of {loaded} loaded entries shown</source>
        <translation>Yüklenen {loaded} kaydın {shown} tanesi gösteriliyor</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/audit.py" line="128" />
        <source>Verifying the audit chain…</source>
        <translation>Denetim zinciri doğrulanıyor…</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="64" />
        <source>No verified backup has been taken yet. Take one now.</source>
        <translation>Henüz doğrulanmış yedek yok. Hemen bir yedek alın.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="67" />
        <source>Last verified backup: {when} (today).</source>
        <translation>Son doğrulanmış yedek: {when} (bugün).</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="69" />
        <source>Last verified backup: {when} ({days} days ago).</source>
        <translation>Son doğrulanmış yedek: {when} ({days} gün önce).</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="73" />
        <source>It is time for a new backup.</source>
        <translation>Yeni bir yedek alma zamanı geldi.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="79" />
        <source>Centre: {centre} ({code})
Taken: {when}
Contents: {counts}</source>
        <translation>Merkez: {centre} ({code})
Alındığı an: {when}
İçerik: {counts}</translation>
    </message>
</context>
<context>
    <name>BackupCard</name>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="370" />
        <source>Go to backups</source>
        <translation>Yedeklemeye git</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="102" />
        <source>Backup destination</source>
        <translation>Yedeğin yazılacağı yer</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="104" />
        <source>Choose &amp;folder…</source>
        <translation>&amp;Klasör seç…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="106" />
        <source>Refresh &amp;drives</source>
        <translation>&amp;Bellekleri yenile</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="111" />
        <source>Generations to keep</source>
        <translation>Saklanacak yedek sayısı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="116" />
        <source>Remind after days</source>
        <translation>Kaç gün sonra hatırlatılsın</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="121" />
        <source>&amp;Back up now</source>
        <translation>Şimdi &amp;yedekle</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="124" />
        <source>&amp;Check a backup…</source>
        <translation>Yedeği &amp;denetle…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="126" />
        <source>Restore &amp;drill…</source>
        <translation>Geri yükleme &amp;denemesi…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="128" />
        <source>Restore a backup into a temporary place and compare it with the case file</source>
        <translation>Bir yedeği geçici bir yere geri yükleyip vaka dosyasıyla karşılaştırır</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="131" />
        <source>&amp;Restore into a new folder…</source>
        <translation>Yeni bir klasöre &amp;geri yükle…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="137" />
        <source>Backups in the destination</source>
        <translation>Hedefteki yedekler</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="138" />
        <source>Taken</source>
        <translation>Alındığı an</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="138" />
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="138" />
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="150" />
        <source>Destination:</source>
        <translation>Hedef:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="151" />
        <source>Generations to keep:</source>
        <translation>Saklanacak yedek sayısı:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="152" />
        <source>Remind after (days):</source>
        <translation>Hatırlatma (gün):</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="165" />
        <source>Backup</source>
        <translation>Yedekleme</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="170" />
        <source>Backups in this destination:</source>
        <translation>Bu hedefteki yedekler:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="188" />
        <source>USB: {name} ({free} free)</source>
        <translation>USB: {name} ({free} boş)</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="203" />
        <source>Backup folder</source>
        <translation>Yedek klasörü</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="227" />
        <source>(unreadable)</source>
        <translation>(okunamadı)</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="248" />
        <source>Taking, writing and verifying the backup…</source>
        <translation>Yedek alınıyor, yazılıyor ve doğrulanıyor…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="252" />
        <source>The backup was written and verified:
{path}</source>
        <translation>Yedek yazıldı ve doğrulandı:
{path}</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="263" />
        <source>Choose a backup</source>
        <translation>Bir yedek seçin</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="263" />
        <source>KDM backups (*.kdmbak)</source>
        <translation>KDM yedekleri (*.kdmbak)</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="287" />
        <source>Checking the backup…</source>
        <translation>Yedek denetleniyor…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="290" />
        <source>The backup is sound.</source>
        <translation>Yedek sağlam.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="309" />
        <source>Restoring into a temporary place and comparing…</source>
        <translation>Geçici bir yere geri yükleniyor ve karşılaştırılıyor…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="317" />
        <source>{table}: case file {live}, backup {backup}</source>
        <translation>{table}: vaka dosyası {live}, yedek {backup}</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="323" />
        <source>Restore drill passed: the backup opens and is intact.</source>
        <translation>Geri yükleme denemesi başarılı: yedek açılıyor ve sağlam.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="337" />
        <source>Empty folder to restore into</source>
        <translation>Geri yüklenecek boş klasör</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="350" />
        <source>Restoring the backup…</source>
        <translation>Yedek geri yükleniyor…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="353" />
        <source>The backup was restored into:
{folder}

</source>
        <translation>Yedek şuraya geri yüklendi:
{folder}

</translation>
    </message>
</context>
<context>
    <name>CaseFormat</name>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/formatting.py" line="35" />
        <source>Yes</source>
        <translation>Evet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/formatting.py" line="37" />
        <source>No</source>
        <translation>Hayır</translation>
    </message>
</context>
<context>
    <name>CentreForm</name>
    <message>
        <location filename="../src/kdm_desktop/ui/centre_form.py" line="23" />
        <source>Centre &amp;name:</source>
        <translation>Merkezin &amp;adı:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/centre_form.py" line="24" />
        <source>Centre &amp;code:</source>
        <translation>Merkez k&amp;odu:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/centre_form.py" line="25" />
        <source>&amp;Municipality:</source>
        <translation>&amp;Belediye:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/centre_form.py" line="26" />
        <source>&amp;District:</source>
        <translation>İl&amp;çe:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/centre_form.py" line="27" />
        <source>&amp;Address:</source>
        <translation>Adre&amp;s:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/centre_form.py" line="28" />
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/centre_form.py" line="29" />
        <source>&amp;E-mail:</source>
        <translation>&amp;E-posta:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/centre_form.py" line="32" />
        <source>Centre name</source>
        <translation>Merkezin adı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/centre_form.py" line="33" />
        <source>Centre code</source>
        <translation>Merkez kodu</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/centre_form.py" line="34" />
        <source>Municipality</source>
        <translation>Belediye</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/centre_form.py" line="35" />
        <source>District</source>
        <translation>İlçe</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/centre_form.py" line="36" />
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/centre_form.py" line="37" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/centre_form.py" line="38" />
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/centre_form.py" line="52" />
        <source>2–8 capital letters or digits, e.g. NRL</source>
        <translation>2–8 büyük harf ya da rakam, ör. NRL</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/centre_form.py" line="55" />
        <source>e.g. Nilüfer Belediyesi Kadın Danışma Merkezi</source>
        <translation>ör. Nilüfer Belediyesi Kadın Danışma Merkezi</translation>
    </message>
</context>
<context>
    <name>CentrePage</name>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard_pages.py" line="47" />
        <source>The centre</source>
        <translation>Merkez</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard_pages.py" line="50" />
        <source>This computer has no case file yet. Enter the centre's details: they appear on letterheads and can be changed later in Settings.</source>
        <translation>Bu bilgisayarda henüz vaka dosyası yok. Merkezin bilgilerini girin: antetli kâğıtlarda görünürler ve daha sonra Ayarlar'dan değiştirilebilirler.</translation>
    </message>
</context>
<context>
    <name>CentreTab</name>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_centre.py" line="24" />
        <source>&amp;Save</source>
        <translation>Ka&amp;ydet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_centre.py" line="27" />
        <source>Re&amp;vert</source>
        <translation>&amp;Vazgeç</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_centre.py" line="35" />
        <source>These details appear on letterheads and on documents sent to others.</source>
        <translation>Bu bilgiler antetli kâğıtlarda ve başka kurumlara gönderilen belgelerde görünür.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_centre.py" line="58" />
        <source>The centre details were saved.</source>
        <translation>Merkez bilgileri kaydedildi.</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/credentials.py" line="23" />
        <source>Open the backup</source>
        <translation>Yedeği aç</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/credentials.py" line="25" />
        <source>With my &amp;password</source>
        <translation>&amp;Parolamla</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/credentials.py" line="27" />
        <source>With the &amp;recovery key</source>
        <translation>&amp;Kurtarma anahtarıyla</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/credentials.py" line="28" />
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/credentials.py" line="30" />
        <source>Recovery key</source>
        <translation>Kurtarma anahtarı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/credentials.py" line="36" />
        <source>Password:</source>
        <translation>Parola:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/credentials.py" line="38" />
        <source>Recovery key:</source>
        <translation>Kurtarma anahtarı:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/credentials.py" line="47" />
        <source>A backup opens with the password a user had when it was made, or with the recovery key.</source>
        <translation>Bir yedek, alındığı sırada geçerli olan kullanıcı parolasıyla ya da kurtarma anahtarıyla açılır.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../src/kdm_desktop/ui/dialogs.py" line="58" />
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_general.py" line="41" />
        <location filename="../src/kdm_desktop/ui/pages/settings_general.py" line="47" />
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_general.py" line="49" />
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_general.py" line="51" />
        <source>A new language takes effect when KDM Desktop is started again.</source>
        <translation>Yeni dil, KDM Desktop yeniden başlatıldığında geçerli olur.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_general.py" line="56" />
        <source>Automatic lock after minutes without use</source>
        <translation>Kaç dakika kullanılmayınca otomatik kilitlensin</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_general.py" line="58" />
        <source> min</source>
        <translation> dk</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_general.py" line="64" />
        <source>Automatic lock</source>
        <translation>Otomatik kilit</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_general.py" line="66" />
        <source>Lock after &amp;no use for:</source>
        <translation>Kilitlenme &amp;süresi:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_general.py" line="70" />
        <source>The case file locks itself when nobody touches the keyboard or mouse for this long. It applies to everyone on this computer.</source>
        <translation>Klavyeye ya da fareye bu süre boyunca dokunulmazsa vaka dosyası kendiliğinden kilitlenir. Bu ayar bu bilgisayardaki herkes için geçerlidir.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_general.py" line="74" />
        <source>Only an administrator can change this.</source>
        <translation>Bu ayarı yalnızca yönetici değiştirebilir.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_general.py" line="83" />
        <source>&amp;Check the case file</source>
        <translation>Dosyayı de&amp;netle</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_general.py" line="86" />
        <source>Case file</source>
        <translation>Vaka dosyası</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_general.py" line="90" />
        <source>Location:</source>
        <translation>Konum:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_general.py" line="94" />
        <source>The check reads the whole file and verifies the audit chain. Run it now and then, and before making a backup.</source>
        <translation>Denetim bütün dosyayı okur ve denetim kaydının zincirini doğrular. Arada bir ve yedek almadan önce çalıştırın.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_general.py" line="116" />
        <source>Checking the case file…</source>
        <translation>Vaka dosyası denetleniyor…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_general.py" line="124" />
        <source>The case file is sound: the database passed its integrity checks and the audit chain of {count} entries is unbroken.</source>
        <translation>Vaka dosyası sağlam: veritabanı bütünlük denetimlerinden geçti ve {count} kayıtlık denetim zinciri kesintisiz.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_general.py" line="133" />
        <source>Problems were found in the case file:
{problems}
Do not make a backup over an older one; ask your administrator.</source>
        <translation>Vaka dosyasında sorun bulundu:
{problems}
Eski bir yedeğin üzerine yedek almayın; yöneticinize danışın.</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard_pages.py" line="137" />
        <source>The recovery key</source>
        <translation>Kurtarma anahtarı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard_pages.py" line="140" />
        <source>The case file has been created. If every password is forgotten, only this key can open it. It is shown now and never again.</source>
        <translation>Vaka dosyası oluşturuldu. Bütün parolalar unutulursa dosyayı yalnızca bu anahtar açabilir. Anahtar yalnızca şimdi gösterilir, bir daha gösterilmez.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard_pages.py" line="151" />
        <source>Recovery key</source>
        <translation>Kurtarma anahtarı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard_pages.py" line="159" />
        <source>&amp;Save as PDF…</source>
        <translation>&amp;PDF olarak kaydet…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard_pages.py" line="161" />
        <source>Save the recovery sheet as PDF</source>
        <translation>Kurtarma sayfasını PDF olarak kaydet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard_pages.py" line="163" />
        <source>I have stored the recovery key in a &amp;safe place</source>
        <translation>Kurtarma anahtarını güvenli bir yere &amp;kaydettim</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard_pages.py" line="168" />
        <source>Print the sheet or copy the key onto paper by hand, and keep it locked away from the computer. Never photograph it and never store it on a computer, phone, USB stick or e-mail. Anyone with this key and the case file can read every case.</source>
        <translation>Sayfayı yazdırın ya da anahtarı elle kâğıda yazın ve bilgisayardan ayrı, kilitli bir yerde saklayın. Fotoğrafını asla çekmeyin; bilgisayara, telefona, USB belleğe ya da e-postaya asla kaydetmeyin. Bu anahtarı ve vaka dosyasını elinde bulunduran herkes bütün vakaları okuyabilir.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="13" />
        <source>Administrator</source>
        <translation>Yönetici</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="14" />
        <source>Social worker</source>
        <translation>Sosyal çalışmacı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="15" />
        <source>Psychologist</source>
        <translation>Psikolog</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="16" />
        <source>Lawyer</source>
        <translation>Avukat</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="17" />
        <source>Secretary</source>
        <translation>Sekreter</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="27" />
        <source>Viewed</source>
        <translation>Görüntülendi</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="28" />
        <source>Created</source>
        <translation>Oluşturuldu</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="29" />
        <source>Changed</source>
        <translation>Değiştirildi</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="30" />
        <source>Deleted</source>
        <translation>Silindi</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="31" />
        <source>Exported</source>
        <translation>Dışa aktarıldı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="32" />
        <source>Printed</source>
        <translation>Yazdırıldı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="33" />
        <source>Imported</source>
        <translation>İçe aktarıldı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="34" />
        <source>Logged in</source>
        <translation>Giriş yapıldı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="35" />
        <source>Logged in with the recovery key</source>
        <translation>Kurtarma anahtarıyla giriş yapıldı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="38" />
        <source>Searched</source>
        <translation>Arama yapıldı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="39" />
        <source>Backed up</source>
        <translation>Yedeklendi</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="40" />
        <source>Restored</source>
        <translation>Geri yüklendi</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="50" />
        <source>Case file</source>
        <translation>Vaka dosyası</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="51" />
        <source>User</source>
        <translation>Kullanıcı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="52" />
        <source>Centre details</source>
        <translation>Merkez bilgileri</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="62" />
        <source>Password reset</source>
        <translation>Parola sıfırlandı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="65" />
        <source>Role: {role}</source>
        <translation>Rol: {role}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/kdm_desktop/ui/mainwindow.py" line="47" />
        <source>Main toolbar</source>
        <translation>Ana araç çubuğu</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/mainwindow.py" line="55" />
        <source>&amp;Quick hide</source>
        <translation>&amp;Hızlı gizle</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/mainwindow.py" line="61" />
        <source>Hide everything at once (Ctrl+Shift+H, or Esc twice)</source>
        <translation>Her şeyi hemen gizle (Ctrl+Shift+H ya da iki kez Esc)</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/mainwindow.py" line="65" />
        <source>&amp;Lock</source>
        <translation>&amp;Kilitle</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/mainwindow.py" line="68" />
        <source>Lock the case file (Ctrl+L)</source>
        <translation>Vaka dosyasını kilitle (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/mainwindow.py" line="71" />
        <source>S&amp;witch user</source>
        <translation>Kullanıcı &amp;değiştir</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/mainwindow.py" line="73" />
        <source>Lock and log in as another user</source>
        <translation>Kilitle ve başka bir kullanıcıyla giriş yap</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/mainwindow.py" line="120" />
        <source>Logged in: {name} ({role})</source>
        <translation>Giriş yapan: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/mainwindow.py" line="123" />
        <source>Unlocked · locks after {minutes} min without use</source>
        <translation>Kilit açık · {minutes} dk kullanılmazsa kilitlenir</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/mainwindow.py" line="130" />
        <source>Locked</source>
        <translation>Kilitli</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/mainwindow.py" line="134" />
        <source>Set-up</source>
        <translation>Kurulum</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <location filename="../src/kdm_desktop/ui/widgets.py" line="157" />
        <source>New password</source>
        <translation>Yeni parola</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/widgets.py" line="158" />
        <source>Repeat the new password</source>
        <translation>Yeni parolayı tekrar yazın</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/widgets.py" line="184" />
        <source>The two passwords are not the same.</source>
        <translation>İki parola aynı değil.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/audit.py" line="143" />
        <source>Audit log</source>
        <translation>Denetim kaydı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings.py" line="49" />
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/start.py" line="88" />
        <source>Start</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="395" />
        <source>Backup</source>
        <translation>Yedekleme</translation>
    </message>
</context>
<context>
    <name>PasswordTab</name>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_password.py" line="22" />
        <source>Current password</source>
        <translation>Şu anki parola</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_password.py" line="27" />
        <source>&amp;Change password</source>
        <translation>Parolayı &amp;değiştir</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_password.py" line="31" />
        <source>C&amp;urrent password:</source>
        <translation>&amp;Şu anki parola:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_password.py" line="32" />
        <source>&amp;New password:</source>
        <translation>&amp;Yeni parola:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_password.py" line="32" />
        <source>Re&amp;peat:</source>
        <translation>&amp;Tekrar:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_password.py" line="40" />
        <source>Your password protects the case file. Do not write it down near the computer and do not share it with colleagues.</source>
        <translation>Parolanız vaka dosyasını korur. Bilgisayarın yakınına yazmayın ve iş arkadaşlarınızla paylaşmayın.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_password.py" line="56" />
        <source>Enter your current password.</source>
        <translation>Şu anki parolanızı girin.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_password.py" line="68" />
        <source>Changing your password…</source>
        <translation>Parolanız değiştiriliyor…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_password.py" line="71" />
        <source>Your password was changed. Use the new one from now on.</source>
        <translation>Parolanız değiştirildi. Bundan sonra yenisini kullanın.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_password.py" line="80" />
        <source>The current password is not correct.</source>
        <translation>Şu anki parola doğru değil.</translation>
    </message>
</context>
<context>
    <name>PrivacyScreen</name>
    <message>
        <location filename="../src/kdm_desktop/ui/quickhide.py" line="82" />
        <source>Please wait a moment…</source>
        <translation>Lütfen biraz bekleyin…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/quickhide.py" line="85" />
        <source>&amp;Continue</source>
        <translation>&amp;Devam et</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/quickhide.py" line="86" />
        <source>Continue to the login screen</source>
        <translation>Giriş ekranına devam et</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../src/kdm_desktop/ui/tasks.py" line="176" />
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/tasks.py" line="178" />
        <source>Cancel the operation</source>
        <translation>İşlemi iptal et</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/tasks.py" line="193" />
        <source>Cancelling… the current step is being finished.</source>
        <translation>İptal ediliyor… Yarım kalmaması için şu anki adım tamamlanıyor.</translation>
    </message>
</context>
<context>
    <name>RecoverPanel</name>
    <message>
        <location filename="../src/kdm_desktop/ui/recover.py" line="39" />
        <source>Recovery key</source>
        <translation>Kurtarma anahtarı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/recover.py" line="42" />
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/recover.py" line="51" />
        <source>&amp;Recover access</source>
        <translation>&amp;Erişimi kurtar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/recover.py" line="54" />
        <source>&amp;Back to login</source>
        <translation>&amp;Girişe dön</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/recover.py" line="58" />
        <source>Recover access</source>
        <translation>Erişimi kurtar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/recover.py" line="62" />
        <source>Use this only if you forgot your password. Type the recovery key from the sheet printed when the case file was created, then choose a new password. This is recorded in the audit log.</source>
        <translation>Bunu yalnızca parolanızı unuttuysanız kullanın. Vaka dosyası oluşturulurken yazdırılan sayfadaki kurtarma anahtarını yazın, sonra yeni bir parola seçin. Bu işlem denetim kaydına yazılır.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/recover.py" line="69" />
        <source>Recovery &amp;key:</source>
        <translation>Kurtarma &amp;anahtarı:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/recover.py" line="70" />
        <source>&amp;User name:</source>
        <translation>&amp;Kullanıcı adı:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/recover.py" line="71" />
        <source>&amp;New password:</source>
        <translation>&amp;Yeni parola:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/recover.py" line="71" />
        <source>Re&amp;peat:</source>
        <translation>&amp;Tekrar:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/recover.py" line="96" />
        <source>Type the recovery key.</source>
        <translation>Kurtarma anahtarını yazın.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/recover.py" line="113" />
        <source>Checking the recovery key…</source>
        <translation>Kurtarma anahtarı denetleniyor…</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="105" />
        <source>Reset password</source>
        <translation>Parolayı sıfırla</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="111" />
        <source>Give {user} a new password. Tell it to them in person; they can change it afterwards in Settings.</source>
        <translation>{user} için yeni bir parola belirleyin. Parolayı kendisine yüz yüze söyleyin; daha sonra Ayarlar'dan değiştirebilir.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="117" />
        <source>&amp;New password:</source>
        <translation>&amp;Yeni parola:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="117" />
        <source>Re&amp;peat:</source>
        <translation>&amp;Tekrar:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="120" />
        <source>&amp;Set password</source>
        <translation>Parolayı &amp;belirle</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="123" />
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="151" />
        <source>Change role</source>
        <translation>Rolü değiştir</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="153" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="156" />
        <source>User:</source>
        <translation>Kullanıcı:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="157" />
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="160" />
        <source>&amp;Change role</source>
        <translation>Rolü &amp;değiştir</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="163" />
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings.py" line="23" />
        <location filename="../src/kdm_desktop/ui/pages/settings.py" line="38" />
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings.py" line="26" />
        <source>&amp;General</source>
        <translation>&amp;Genel</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings.py" line="27" />
        <source>&amp;My password</source>
        <translation>&amp;Parolam</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings.py" line="32" />
        <source>Centre &amp;details</source>
        <translation>&amp;Merkez bilgileri</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings.py" line="35" />
        <source>&amp;Users</source>
        <translation>&amp;Kullanıcılar</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard.py" line="32" />
        <source>Save the recovery sheet</source>
        <translation>Kurtarma sayfasını kaydet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard.py" line="34" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF dosyaları (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard.py" line="53" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Geri</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard.py" line="54" />
        <source>&amp;Next &gt;</source>
        <translation>&amp;İleri &gt;</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard.py" line="55" />
        <source>&amp;Finish</source>
        <translation>&amp;Bitir</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard.py" line="56" />
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard.py" line="88" />
        <source>Creating the encrypted case file…</source>
        <translation>Şifreli vaka dosyası oluşturuluyor…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard.py" line="124" />
        <source>Saving the recovery sheet…</source>
        <translation>Kurtarma sayfası kaydediliyor…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard.py" line="126" />
        <source>The recovery sheet was saved. Print it, keep the paper locked away, then delete the file: the key must not stay on any computer or USB stick.</source>
        <translation>Kurtarma sayfası kaydedildi. Yazdırın, kâğıdı kilitli bir yerde saklayın, sonra dosyayı silin: anahtar hiçbir bilgisayarda ya da USB bellekte kalmamalı.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/start.py" line="72" />
        <source>Logged in: {name} ({role})</source>
        <translation>Giriş yapan: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/start.py" line="80" />
        <source>Today: {date}</source>
        <translation>Bugün: {date}</translation>
    </message>
</context>
<context>
    <name>StrengthHint</name>
    <message>
        <location filename="../src/kdm_desktop/ui/widgets.py" line="131" />
        <source>At least {min} characters. Longer is stronger.</source>
        <translation>En az {min} karakter. Ne kadar uzunsa o kadar güçlü.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/widgets.py" line="135" />
        <source>Too short: at least {min} characters.</source>
        <translation>Çok kısa: en az {min} karakter olmalı.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/widgets.py" line="138" />
        <source>Weak</source>
        <translation>Zayıf</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/widgets.py" line="139" />
        <source>Fair</source>
        <translation>Orta</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/widgets.py" line="140" />
        <source>Good</source>
        <translation>İyi</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/widgets.py" line="141" />
        <source>Strong</source>
        <translation>Güçlü</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/widgets.py" line="143" />
        <source>Password strength: {level}</source>
        <translation>Parola gücü: {level}</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../src/kdm_desktop/ui/tasks.py" line="298" />
        <source>The operation was cancelled.</source>
        <translation>İşlem iptal edildi.</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <location filename="../src/kdm_desktop/ui/unlock.py" line="54" />
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/unlock.py" line="55" />
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/unlock.py" line="64" />
        <source>&amp;Log in</source>
        <translation>&amp;Giriş</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/unlock.py" line="67" />
        <source>Log in</source>
        <translation>Giriş</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/unlock.py" line="68" />
        <source>I &amp;forgot my password</source>
        <translation>Parolamı &amp;unuttum</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/unlock.py" line="71" />
        <source>I forgot my password</source>
        <translation>Parolamı unuttum</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/unlock.py" line="75" />
        <source>Log in to open the case file.</source>
        <translation>Vaka dosyasını açmak için giriş yapın.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/unlock.py" line="77" />
        <source>&amp;User name:</source>
        <translation>&amp;Kullanıcı adı:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/unlock.py" line="78" />
        <source>&amp;Password:</source>
        <translation>&amp;Parola:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/unlock.py" line="89" />
        <source>This is a demo case file: every person in it is invented. The password of every demo user is {password}.</source>
        <translation>Bu bir deneme vaka dosyasıdır: içindeki bütün kişiler uydurmadır. Bütün deneme kullanıcılarının parolası: {password}</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/unlock.py" line="131" />
        <source>Too many failed attempts. You can try again in {seconds} s.</source>
        <translation>Çok sayıda hatalı deneme. {seconds} sn sonra yeniden deneyebilirsiniz.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/unlock.py" line="150" />
        <source>Enter your user name.</source>
        <translation>Kullanıcı adınızı girin.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/unlock.py" line="162" />
        <source>Checking the password…</source>
        <translation>Parola denetleniyor…</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../src/kdm_desktop/ui/models/users_model.py" line="36" />
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/models/users_model.py" line="37" />
        <source>Full name</source>
        <translation>Ad soyad</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/models/users_model.py" line="38" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/models/users_model.py" line="39" />
        <source>Added on</source>
        <translation>Eklenme tarihi</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/users.py" line="37" />
        <source>Users</source>
        <translation>Kullanıcılar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/users.py" line="45" />
        <source>&amp;Add user…</source>
        <translation>Kullanıcı &amp;ekle…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/users.py" line="47" />
        <source>Reset &amp;password…</source>
        <translation>Parolayı &amp;sıfırla…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/users.py" line="49" />
        <source>Change r&amp;ole…</source>
        <translation>&amp;Rolü değiştir…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/users.py" line="51" />
        <source>Re&amp;move user…</source>
        <translation>Kullanıcıyı si&amp;l…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/users.py" line="70" />
        <source>Removing a user re-encrypts the whole case file with a new key, so an old copy of their password opens nothing written afterwards.</source>
        <translation>Bir kullanıcı silindiğinde bütün vaka dosyası yeni bir anahtarla yeniden şifrelenir; böylece parolasının eski bir kopyası bundan sonra yazılan hiçbir şeyi açamaz.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/users.py" line="122" />
        <source>The user {user} was added.</source>
        <translation>{user} kullanıcısı eklendi.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/users.py" line="127" />
        <source>Adding the user…</source>
        <translation>Kullanıcı ekleniyor…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/users.py" line="151" />
        <source>The password of {user} was reset. Tell it to them in person.</source>
        <translation>{user} kullanıcısının parolası sıfırlandı. Yeni parolayı kendisine yüz yüze söyleyin.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/users.py" line="159" />
        <source>Setting the new password…</source>
        <translation>Yeni parola belirleniyor…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/users.py" line="190" />
        <source>Remove the user {user}?</source>
        <translation>{user} kullanıcısı silinsin mi?</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/users.py" line="192" />
        <source>&amp;Remove user</source>
        <translation>Kullanıcıyı &amp;sil</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/users.py" line="194" />
        <source>Their password stops working at once. The whole case file is then re-encrypted with a new key; this can take a while. Do not switch the computer off until it is finished.</source>
        <translation>Parolası hemen geçersiz olur. Ardından bütün vaka dosyası yeni bir anahtarla yeniden şifrelenir; bu biraz sürebilir. İşlem bitene kadar bilgisayarı kapatmayın.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/users.py" line="209" />
        <location filename="../src/kdm_desktop/ui/screenshots.py" line="189" />
        <source>Removing the user and re-encrypting the case file…</source>
        <translation>Kullanıcı siliniyor ve vaka dosyası yeniden şifreleniyor…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/users.py" line="212" />
        <source>The user {user} was removed and the case file re-encrypted.</source>
        <translation>{user} kullanıcısı silindi ve vaka dosyası yeniden şifrelendi.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../src/kdm_desktop/ui/workspace.py" line="47" />
        <source>Pages</source>
        <translation>Sayfalar</translation>
    </message>
</context>
</TS>
