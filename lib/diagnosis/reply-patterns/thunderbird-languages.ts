import type { CauseId } from "../causes";
import { type TableText, tableWording } from "./message-tables";
import type { ReplyPattern } from "./reply-pattern-schema";

/**
 * Thunderbird's own sending errors in every language it ships, generated from Debian's language
 * packs (thunderbird-l10n-* 1:153.8.0esr-1~deb12u1: each langpack's
 * chrome/<lang>/locale/<lang>/messenger/messengercompose/composeMsgs.properties). For each key, the
 * message's first sentence as the language pack words it, "%S" standing for the server name.
 * A user pastes the dialog's text; its first sentence says what failed. Some packs leave a key in
 * English; duplicates are dropped.
 */
export type ThunderbirdKey =
  | "smtpSendFailedUnknownServer"
  | "smtpSendRequestRefused"
  | "smtpSendInterrupted"
  | "smtpSendTimeout"
  | "smtpAuthFailure"
  | "smtpAuthMechNotSupported"
  | "smtpHintAuthEncryptToPlainNoSsl"
  | "smtpHintAuthEncryptToPlainSsl"
  | "smtpHintAuthPlainToEncrypt"
  | "smtpPermSizeExceeded2"
  | "startTlsFailed"
  | "noRecipients";

export const THUNDERBIRD_MESSAGES: Readonly<Record<ThunderbirdKey, readonly TableText[]>> = {
  smtpSendFailedUnknownServer: [
    { lang: "af", text: "An error occurred while sending mail: Outgoing server (SMTP) %S is unknown" },
    { lang: "ar", text: "حدث عطل أثناء إرسال البريد: خادوم الصادر (SMPT)‏ %S مجهول" },
    { lang: "bg", text: "Възникна грешка при изпращане на пощата: Изходящият (SMTP) сървър %S е непознат" },
    { lang: "br", text: "Fazi en ur gas ar gemennadenn : Dianav eo an dafariad (SMTP) %S" },
    {
      lang: "ca",
      text: "S'ha produït un error en enviar el correu: El servidor de sortida (SMTP) %S és desconegut",
    },
    {
      lang: "cak",
      text: "Xk'ulwachitäj jun sachoj toq nitaq ri taqoya'l: Man etaman ta ruwäch ri (SMTP) %S ruk'uxasamaj Elem",
    },
    { lang: "cs", text: "Při odesílání zprávy nastala chyba: SMTP server %S je neznámý" },
    { lang: "cy", text: "Digwyddodd gwall wrth anfon e-bost: Mae'r gweinydd Anfon (SMTP) %S yn anhysbys" },
    { lang: "da", text: "Der opstod en fejl ved afsendelse af meddelelsen: SMTP-serveren %S er ukendt" },
    { lang: "de", text: "Fehler beim Senden der Nachricht: SMTP-Server %S ist unbekannt" },
    { lang: "dsb", text: "Pśi słanju e-maile jo zmólka nastała: Wuchadny serwer (SMTP) %S jo njeznaty" },
    { lang: "el", text: "Σφάλμα κατά την αποστολή αλληλογραφίας" },
    {
      lang: "es-AR",
      text: "Hubo un error mientras se enviaba el correo: El servidor SMTP %S es desconocido",
    },
    {
      lang: "es-ES",
      text: "Ha ocurrido un error al enviar el mensaje: el servidor de salida (SMTP) %S es desconocido",
    },
    {
      lang: "es-MX",
      text: "Un error ha ocurrido mientras se enviaba el correo: El servidor de salida (SMTP) %S es desconocido",
    },
    { lang: "et", text: "Kirja saatmisel esines viga: SMTP-server %S on tundmatu" },
    {
      lang: "eu",
      text: "Errore bat gertatu da posta bidaltzean: %S irteerako SMTP zerbitzaria ezezaguna da",
    },
    { lang: "fi", text: "Postia lähetettäessä tapahtui virhe: SMTP-palvelinta %S ei tunneta" },
    {
      lang: "fr",
      text: "Une erreur est survenue lors de l’envoi de l’e-mail : le serveur sortant (SMTP) « %S » est inconnu",
    },
    {
      lang: "fy-NL",
      text: "Der is in flater bard by it ferstjoeren fan e-mail: útgeande (SMTP-)server %S is ûnbekend",
    },
    {
      lang: "ga-IE",
      text: "Tharla earráid agus ríomhphost á sheoladh: Freastalaí amach (SMTP) %S anaithnid",
    },
    {
      lang: "gd",
      text: "Thachair mearachd rè cur a' phuist: Tha am frithealaiche a-mach (SMTP) %S neo-aithnichte",
    },
    {
      lang: "gl",
      text: "Produciuse un erro ao enviar o correo: o servidor de saída (SMTP) %S é descoñecido",
    },
    { lang: "he", text: "אירעה שגיאה בעת שליחת דוא״ל: השרת היוצא (SMTP) %S אינו מוכר" },
    { lang: "hr", text: "Greška prilikom slanja pošte: poslužitelj odlazne pošte (SMTP) %S je nepoznat" },
    { lang: "hsb", text: "Při słanju e-mejle je zmylk wustupił: Wuchadny serwer (SMTP) %S je njeznaty" },
    { lang: "hu", text: "Hiba történt a levél küldésekor: a(z) %S levélküldő kiszolgáló (SMTP) ismeretlen" },
    {
      lang: "hy-AM",
      text: "Սխալ՝ նամակը ուղարկելիս. %S SMTP սպասարկիչը անհայտ է։ Հնարավոր է՝ կարգավորումները սխալ են։ Ստուգեք SMTP-ի կարգավորումները և կրկին փորձեք։",
    },
    { lang: "id", text: "Terjadi kesalahan saat mengirim email: Server keluar (SMTP) %S tidak diketahui" },
    {
      lang: "is",
      text: "Upp kom villa við að senda póst: Póstþjónn fyrir útsendan póst (SMTP) %S er óþekktur",
    },
    {
      lang: "it",
      text: "Si è verificato un errore durante l’invio della posta: Server posta in uscita (SMTP) %S sconosciuto",
    },
    { lang: "ja", text: "メールの送信中にエラーが発生しました: 送信 (SMTP) サーバー %S が見つかりません" },
    { lang: "ka", text: "შეცდომა, წერილის გაგზავნისას: გამავალი სერვერი (SMTP) %S უცნობია" },
    { lang: "kab", text: "Teḍra-d tuccḍa di tuzna n yimay: Aqeddac uffiɣ (SMTP) %S ur yettwassen ara" },
    { lang: "kk", text: "Поштаны жіберу кезінде қате орын алды: %S шығыс пошта сервері (SMTP) белгісіз" },
    { lang: "ko", text: "메일 보내는 중 오류가 발생했습니다. SMTP서버(%S)를 알 수 없습니다" },
    { lang: "lt", text: "Klaida išsiunčiant laišką: nežinomas išsiuntimo (SMTP) serveris – %S" },
    { lang: "lv", text: "Sūtot pastu, radās kļūda: Izejošais serveris (SMTP) %S nav zināms" },
    { lang: "ms", text: "Ada ralat semasa menghantar mel: Pelayan Keluar (SMTP) %S tidak diketahui" },
    { lang: "nb-NO", text: "Klarte ikke sende meldingen: SMTP-serveren %S er ukjent" },
    {
      lang: "nl",
      text: "Er is een fout opgetreden bij het verzenden van e-mail: uitgaande (SMTP-)server %S is onbekend",
    },
    { lang: "nn-NO", text: "Klarte ikkje å sende meldinga: SMTP-tenaren %S er ukjend" },
    {
      lang: "pl",
      text: "Wystąpił błąd podczas wysyłania wiadomości: serwer „%S” poczty wychodzącej (SMTP) jest nieznany",
    },
    {
      lang: "pt-BR",
      text: "Ocorreu um erro ao enviar mensagem: O servidor de envio (SMTP) %S não é conhecido",
    },
    { lang: "pt-PT", text: "Ocorreu um erro ao enviar o correio" },
    { lang: "rm", text: "Errur cun trametter il messadi: Il server SMTP %S è nunenconuschent" },
    {
      lang: "ro",
      text: "S-a produs o eroare la trimiterea mesajului: serverul de trimitere (SMTP) %S este necunoscut",
    },
    { lang: "ru", text: "Ошибка отправления почты: Сервер исходящей почты (SMTP) «%S» неизвестен" },
    {
      lang: "sk",
      text: "Počas odosielania správy sa vyskytla chyba: server pre odosielanie pošty (SMTP) %S je neznámy",
    },
    { lang: "sl", text: "Pri pošiljanju pošte je prišlo do napake: odhodni strežnik (SMTP) %S ni znan" },
    {
      lang: "sq",
      text: "Ndodhi një gabim gjatë dërgimit të postës: Shërbyesi Dërgues (SMTP) %S është i panjohur",
    },
    { lang: "sr", text: "Догодила се грешка приликом слања поште: Одлазни сервер (SMTP) %S је непознат" },
    { lang: "sv-SE", text: "Ett fel uppstod när e-post skulle skickas: Utgående server (SMTP) %S är okänd" },
    {
      lang: "th",
      text: "เกิดข้อผิดพลาดขณะส่งจดหมาย: ไม่รู้จักเซิร์ฟเวอร์ขาออก (SMTP) %S เซิร์ฟเวอร์อาจถูกกำหนดค่าอย่างไม่ถูกต้อง โปรดตรวจสอบว่าการตั้งค่าเซิร์ฟเวอร์ขาออก (SMTP) ของคุณถูกต้องแล้วลองอีกครั้ง",
    },
    { lang: "tr", text: "Posta gönderirken bir hata meydana geldi: Giden sunucusu (SMTP) %S bilinmiyor" },
    { lang: "uk", text: "Сталася помилка при надсиланні пошти: Невідомий сервер вихідної пошти (SMTP) %S" },
    { lang: "uz", text: "Xat jo‘natilayotganda xatolik yuz berdi: Chiquvchi server (SMTP) %S noma’lum" },
    { lang: "vi", text: "Đã xảy ra lỗi khi gửi thư: Máy chủ gửi thư (SMTP) %S không xác định" },
    {
      lang: "zh-CN",
      text: "发送邮件时出错：发件服务器（SMTP） %S 未知。 服务器可能配置错误，请确认您的发件服务器（SMTP）配置正确并稍后重试",
    },
    { lang: "zh-TW", text: "寄送郵件時發生錯誤：寄件伺服器（SMTP）%S 未知" },
  ],
  smtpSendRequestRefused: [
    {
      lang: "af",
      text: "The message could not be sent because connecting to Outgoing server (SMTP) %S failed",
    },
    { lang: "ar", text: "تعذّر إرسال الرسالة بسبب فشل الاتصال بخادوم الصادر ‏(SMTP) ‏%S" },
    {
      lang: "bg",
      text: "Писмото не може да бъде изпратено поради липса на връзка с изходящия (SMTP) %S сървър",
    },
    {
      lang: "br",
      text: "N'eo ket bet kaset ar postel rak c'hwitet en deus ar c'hennaskañ ouzh an dafariad kas (SMTP) %S",
    },
    {
      lang: "ca",
      text: "El missatge no s'ha pogut enviar perquè ha fallat la connexió amb el servidor de sortida (SMTP) %S",
    },
    { lang: "cak", text: "Man xtaq ta ri rutzijol ruma ri okem pa ri ruk'uxasamaj Elem (SMTP) %S xsach" },
    { lang: "cs", text: "Zprávu nelze odeslat, protože se nepodařilo připojit na SMTP server %S" },
    {
      lang: "cy",
      text: "Nid oedd modd anfon y neges gan fod cysylltu â'r gweinydd Anfon (SMTP) %S wedi methu",
    },
    {
      lang: "da",
      text: "Meddelelsen kunne ikke sendes, fordi tidsfristen for forbindelsen til SMTP-serveren %S mislykkedes",
    },
    {
      lang: "de",
      text: "Die Nachricht konnte nicht gesendet werden, weil der Verbindungsaufbau mit dem SMTP-Server %S fehlgeschlagen ist",
    },
    {
      lang: "dsb",
      text: "Powěsć njejo se wótepósłaś dała, dokulaž zwězowanje z wuchadnym serwerom (SMTP) %S njejo se raźiło",
    },
    {
      lang: "el",
      text: "Δεν ήταν δυνατή η αποστολή του μηνύματος επειδή απέτυχε η σύνδεση στον διακομιστή εξερχομένων (SMTP) «%S»",
    },
    {
      lang: "es-AR",
      text: "El mensaje no pudo ser enviado porque falló la conexión al servidor saliente (SMTP) %S",
    },
    {
      lang: "es-ES",
      text: "El mensaje no se ha podido enviar porque ha fallado la conexión al servidor de salida (SMTP) %S",
    },
    {
      lang: "es-MX",
      text: "El mensaje no pudo ser enviado porque la conexión con el servidor de salida (SMTP) %S ha fallado",
    },
    { lang: "et", text: "Kirja pole võimalik saata, sest ühendumine SMTP-serveriga %S ebaõnnestus" },
    {
      lang: "eu",
      text: "Ezin izan da mezua bidali SMTP %S irteera zerbitzariaren konexioak huts egin duelako",
    },
    {
      lang: "fi",
      text: "Viestiä ei voitu lähettää, koska yhteyttä lähtevän postin palvelimeen (SMTP) %S ei onnistuttu luomaan",
    },
    {
      lang: "fr",
      text: "Le message n’a pas pu être envoyé car la connexion au serveur sortant (SMTP) « %S » a échoué",
    },
    {
      lang: "fy-NL",
      text: "It berjocht koe net ferstjoerd wurde, omdat it ferbinen mei de útgeande (SMTP-)server %S is mislearre",
    },
    {
      lang: "ga-IE",
      text: "Níorbh fhéidir an teachtaireacht a sheoladh toisc gur theip orainn ceangal a bhunú leis an bhfreastalaí amach (SMTP) %S",
    },
    {
      lang: "gd",
      text: "Cha b’ urrainn dhuinn an teachdaireachd a chur a chionn ’s gun do dh’fhàillig an ceangal ris an fhrithealaiche a-mach (SMTP) %S",
    },
    {
      lang: "gl",
      text: "Non foi posíbel enviar a mensaxe porque fallou a conexión co servidor de saída (SMTP) %S",
    },
    { lang: "he", text: "לא ניתן לשלוח את ההודעה כיוון שהחיבור לשרת היוצא (SMTP) %S נכשל" },
    {
      lang: "hr",
      text: "Poruku nije moguće poslati, spajanje na poslužitelj odlazne pošte (SMTP) %S nije uspjelo",
    },
    {
      lang: "hsb",
      text: "Powěsć njeda so wotpósłać, dokelž zwjazowanje z wuchadnym serwerom (SMTP) %S je so nimokuliło",
    },
    {
      lang: "hu",
      text: "Az üzenet küldése sikertelen, mert nem lehetett kapcsolatot teremteni a levélküldő (SMTP) kiszolgálóval (%S)",
    },
    {
      lang: "hy-AM",
      text: "Նամակը հնարավոր չէ ուղարկել, քանի որ կապ չկա ելքային (SMTP) %S սպասարկիչի հետ: Հնարավոր է՝ սպասարկիչը անհասանելի է կամ մերժում է ելքային սպասարկիչի (SMTP) կապակցումները: Խնդրում ենք համոզվել, որ ելքային սպասարկիչի (SMTP) կարգավորումները ճիշտ են:",
    },
    {
      lang: "id",
      text: "Pesan tidak dapat dikirimkan karena kegagalan sambungan %S ke server pengirim (SMTP)",
    },
    {
      lang: "is",
      text: "Ekki tókst að senda póst þar sem tenging við póstþjónn fyrir útsendan póst (SMTP) %S mistókst",
    },
    {
      lang: "it",
      text: "Non è stato possibile inviare il messaggio perché la connessione al server in uscita (SMTP) %S non è riuscita",
    },
    { lang: "ja", text: "送信 (SMTP) サーバー %S に接続できなかったため、メッセージを送信できませんでした" },
    {
      lang: "ka",
      text: "წერილის გაგზავნა შეუძლებელია, რადგან გამავალ სერვერთან (SMTP) %S დაკავშირება ვერ მოხერხდა",
    },
    {
      lang: "kab",
      text: "Izen ur yezmir ara ad yettwaceggeɛ  acku tuqqna ɣer uqeddac uffiɣ (SMTP) %S Ur teddi ara",
    },
    {
      lang: "kk",
      text: "Хабарламаны жіберу мүмкін емес, өйткені %S шығыс пошта серверіне (SMTP) байланысты орнату сәтсіз аяқталды",
    },
    { lang: "ko", text: "SMTP 서버(%S)로 연결이 실패했기 때문에 메시지는 보낼 수 없습니다" },
    {
      lang: "lt",
      text: "Laiškas nebuvo išsiųstas, nes nepavyko prisijungti prie išsiuntimo (SMTP) serverio %S",
    },
    {
      lang: "lv",
      text: "Vēstuli neizdevās nosūtīt, jo neizdevās izveidot savienojumu ar izejošo serveri (SMTP) %S",
    },
    {
      lang: "ms",
      text: "Mesej tidak dapat dihantar kerana gagal disambungkan dengan pelayan Keluar (SMTP) %S",
    },
    {
      lang: "nb-NO",
      text: "Klarte ikke sende meldingen fordi tilkoblingen til utgående server (SMTP) %S mislyktes",
    },
    {
      lang: "nl",
      text: "Het bericht kon niet worden verzonden, omdat het verbinden met uitgaande (SMTP-)server %S is mislukt",
    },
    {
      lang: "nn-NO",
      text: "Klarte ikkje å sende meldinga fordi tilkoplinga til utgåande tenar (SMTP) %S mislukkast",
    },
    {
      lang: "pl",
      text: "Wysyłanie wiadomości się nie powiodło, ponieważ nie udało się połączyć z serwerem „%S” poczty wychodzącej (SMTP)",
    },
    {
      lang: "pt-BR",
      text: "A mensagem não foi enviada porque a conexão com o servidor de envio (SMTP) %S falhou",
    },
    {
      lang: "pt-PT",
      text: "A mensagem não foi enviada porque a ligação ao servidor de envio (SMTP) %S falhou",
    },
    {
      lang: "rm",
      text: "Il messadi n'ha betg pudì vegnir tramess perquai ch'i n'è betg reussì da connectar cun il server da sortida (SMTP) %S",
    },
    {
      lang: "ro",
      text: "Mesajul nu a putut fi trimis deoarece conexiunea cu serverul de trimitere (SMTP) %S a eșuat",
    },
    {
      lang: "ru",
      text: "Сообщение не может быть отправлено, так как не удалось установить соединение с Сервером исходящей почты (SMTP) «%S»",
    },
    {
      lang: "sk",
      text: "Správa nemohla byť odoslaná, pretože pripojenie k serveru pre odosielanie pošty (SMTP) %S zlyhalo",
    },
    {
      lang: "sl",
      text: "Sporočila ni bilo mogoče poslati, ker je povezava z odhodnim strežnikom (SMTP) %S spodletela",
    },
    { lang: "sq", text: "Mesazhi s’u dërgua dot, sepse dështoi lidhja me shërbyesin Dërgues (SMTP) %S" },
    {
      lang: "sr",
      text: "Порука није могла бити послата јер повезивање на одлазни (SMTP) сервер %S није успело",
    },
    {
      lang: "sv-SE",
      text: "Meddelandet kunde inte skickas eftersom anslutning till utgående server (SMTP) %S misslyckades",
    },
    {
      lang: "th",
      text: "ไม่สามารถส่งข้อความเนื่องจากการเชื่อมต่อกับเซิร์ฟเวอร์ขาออก (SMTP) %S ล้มเหลว เซิร์ฟเวอร์อาจไม่พร้อมใช้งานหรือปฏิเสธการเชื่อมต่อ SMTP โปรดยืนยันว่าการตั้งค่าเซิร์ฟเวอร์รอเกิด (SMTP) ของคุณถูกต้องแล้วลองอีกครั้ง",
    },
    { lang: "tr", text: "%S giden sunucusu (SMTP) ile bağlantı başarısız olduğu için ileti gönderilemedi" },
    {
      lang: "uk",
      text: "Не вдалося надіслати повідомлення через збій з'єднання з сервером вихідної пошти (SMTP) %S",
    },
    {
      lang: "uz",
      text: "Xat jo‘natilayotganda xatolik yuz berdi: Chiquvchi serverga (SMTP) %S ulana olmadi",
    },
    { lang: "vi", text: "Không thể gửi thư vì không kết nối được với máy chủ gửi thư (SMTP) %S" },
    { lang: "zh-CN", text: "因为无法连接到发件服务器（SMTP） %S，邮件未能发送" },
    { lang: "zh-TW", text: "因為無法連線至寄件伺服器 (SMTP) %S，無法寄出郵件" },
  ],
  smtpSendInterrupted: [
    {
      lang: "af",
      text: "The message could not be sent because the connection to Outgoing server (SMTP) %S was lost in the middle of the transaction",
    },
    { lang: "ar", text: "تعذّر إرسال الرسالة لفقد الاتصال مع خادوم الصادر (SMTP)‏ %S في منتصف التبادل" },
    {
      lang: "bg",
      text: "Писмото не може да бъде изпратено, защото връзката с изходящия (SMTP) %S сървър пропадна насред предаването",
    },
    {
      lang: "br",
      text: "N’eo ket bet kaset ar gemennadenn abalamour m’eo bet kollet ar c’hennask d’an dafariad kas (SMTP) %S e-pad an treuzkas",
    },
    {
      lang: "ca",
      text: "No s'ha pogut enviar el missatge perquè s'ha perdut la connexió al servidor de sortida (SMTP) %S en mig de la transacció",
    },
    {
      lang: "cak",
      text: "Man xtaq ta ri rutzijol ruma ri okem pa ri Ruk'uxasamaj elem (SMTP) %S xsach toq nib'anatäj",
    },
    {
      lang: "cs",
      text: "Zprávu se nepodařilo odeslat, protože spojení se SMTP serverem %S bylo ztraceno uprostřed transakce",
    },
    {
      lang: "cy",
      text: "Nid oedd modd anfon y neges gan fod cysylltiad â'r gweinydd Anfon (SMTP) %S wedi ei golli yng nghanol trosglwyddiad",
    },
    {
      lang: "da",
      text: "Meddelelsen kunne ikke sendes, fordi forbindelsen til SMTP-serveren %S forsvandt midt i overførslen",
    },
    {
      lang: "de",
      text: "Die Nachricht konnte nicht gesendet werden, weil die Verbindung mit dem SMTP-Server %S mitten in der Transaktion verloren wurde",
    },
    {
      lang: "dsb",
      text: "Powěsć njedajo se słaś, dokulaž zwisk z wuchadnym serwerom (SMTP) %S jo se za cas transakcije zgubił",
    },
    { lang: "el", text: "Το μήνυμα δεν στάλθηκε επειδή χάθηκε η σύνδεση με τον διακομιστή SMTP %S" },
    {
      lang: "es-AR",
      text: "El mensaje no pudo ser enviado porque se perdió la conexión al servidor SMTP %S en medio de la transacción",
    },
    {
      lang: "es-ES",
      text: "El mensaje no se ha podido enviar porque la conexión al servidor de salida (SMTP) %S se perdió en mitad de la transacción",
    },
    {
      lang: "es-MX",
      text: "El mensaje no pudo ser enviado porque la conexión con el servidor de salida (SMTP) %S se perdió en medio de la transacción",
    },
    {
      lang: "et",
      text: "Kirja saatmine pole võimalik, sest ühendus SMTP-serveriga %S katkes keset kirja saatmist",
    },
    {
      lang: "eu",
      text: "Ezin izan da mezua bidali %S irteerako SMTP zerbitzariarekiko konexioa transakzioaren erdian galdu delako",
    },
    {
      lang: "fi",
      text: "Viestiä ei voitu lähettää, koska yhteys SMTP-palvelimeen %S katkesi kesken tiedonsiirron",
    },
    {
      lang: "fr",
      text: "Le message n’a pas pu être envoyé car la connexion au serveur sortant (SMTP) « %S » a été perdue pendant la transaction",
    },
    {
      lang: "fy-NL",
      text: "It berjocht koe net ferstjoerd wurde, omdat de ferbining mei de útgeande (SMTP-)server %S yn it midden fan de transaksje ferbrutsen waard",
    },
    {
      lang: "ga-IE",
      text: "Níorbh fhéidir an teachtaireacht a sheoladh toisc gur cailleadh an ceangal leis an bhfreastalaí amach (SMTP) %S le linn cumarsáide",
    },
    {
      lang: "gd",
      text: "Cha b' urrainn dhuinn an teachdaireachd a chur a chionn 's gun deach an ceangal ris an fhrithealaiche a-mach (SMTP) %S a chall rè an tar-chuir",
    },
    {
      lang: "gl",
      text: "Non foi posíbel enviar a mensaxe porque se perdeu a conexión co servidor de saída (SMTP) %S no medio da transacción",
    },
    { lang: "he", text: "לא ניתן לשלוח את ההודעה כיוון שהחיבור לשרת היוצא (SMTP) %S נקטע במהלך ההעברה" },
    {
      lang: "hr",
      text: "Poruka nije poslana jer je veza s poslužiteljem odlazne pošte (SMTP) %S prekinuta usred prijenosa",
    },
    {
      lang: "hsb",
      text: "Powěsć njeda so słać, dokelž zwisk z wuchadnym serwerom (SMTP) %S je so za transakciju zhubił",
    },
    {
      lang: "hu",
      text: "Az üzenet küldése sikertelen, mert a levélküldő (SMTP) kiszolgálóval (%S) való kapcsolat megszakadt a tranzakció közben",
    },
    {
      lang: "hy-AM",
      text: "Նամակը հնարավոր չէ ուղարկել, քանի որ խզվել է կապը ելքային (SMTP) %S սպասարկիչի հետ: Կրկին փորձեք:",
    },
    {
      lang: "id",
      text: "Pesan tidak dapat dikirim karena koneksi ke Server keluar (SMTP) %S terputus di tengah transaksi",
    },
    {
      lang: "is",
      text: "Ekki tókst að senda póst á póstþjón fyrir útsendan póst (SMTP) %S þar sem tenging slitnaði í miðjum klíðum",
    },
    {
      lang: "it",
      text: "Non è stato possibile inviare il messaggio perché la connessione al server di posta in uscita (SMTP) %S è stata interrotta durante la trasmissione",
    },
    {
      lang: "ja",
      text: "送信処理の途中で送信 (SMTP) サーバー %S との接続が切断されたため、メッセージを送信できませんでした",
    },
    {
      lang: "ka",
      text: "წერილის გაგზავნა შეუძლებელია, რადგან გამავალ სერვერთან (SMTP) %S კავშირი გაწყდა გადაცემისას",
    },
    {
      lang: "kab",
      text: "Izen ur yezmir ara ad yettwaceggeɛ  acku tuqqna ɣer uqeddac uffiɣ (SMTP) %S truḥ deg tlammast n tnigawt",
    },
    {
      lang: "kk",
      text: "Хабарламаны жіберу мүмкін емес, өйткені %S шығыс пошта серверіне (SMTP) байланыс алмасудың ортасында үзілген",
    },
    { lang: "ko", text: "SMTP 서버(%S)로 연결이 중간에 실패했습니다" },
    { lang: "lt", text: "Laiškas neišsiųstas, nes ryšys su išsiuntimo (SMTP) serveriu %S nutrūko" },
    {
      lang: "lv",
      text: "Ziņojumu nevarēja nosūtīt, jo sūtišanas laikā tika zaudēts savienojums ar izejošo serveri (SMTP) %S",
    },
    {
      lang: "ms",
      text: "Mesej tidak dapat dihantar kerana hilang sambungan dengan pelayan Keluar (SMTP) %S semasa sedang dilaksanakan",
    },
    {
      lang: "nb-NO",
      text: "Klarte ikke sende meldingen fordi tilkoblingen til SMTP-serveren %S ble mistet midt i en transaksjon",
    },
    {
      lang: "nl",
      text: "Het bericht kon niet worden verzonden, omdat de verbinding met uitgaande (SMTP-)server %S in het midden van de transactie werd verbroken",
    },
    {
      lang: "nn-NO",
      text: "Klarte ikkje å senda meldinga fordi tilkoplinga til SMTP-tenaren %S vart broten midt i ein transaksjon",
    },
    {
      lang: "pl",
      text: "Wysyłanie wiadomości się nie powiodło, ponieważ połączenie z serwerem „%S” poczty wychodzącej (SMTP) zostało przerwane w trakcie transakcji",
    },
    {
      lang: "pt-BR",
      text: "A mensagem não foi enviada porque a conexão com o servidor de envio (SMTP) %S foi perdida no meio da transação",
    },
    {
      lang: "pt-PT",
      text: "A mensagem não foi enviada porque a ligação ao servidor de envio (SMTP) %S foi perdida no meio da transação",
    },
    {
      lang: "rm",
      text: "I n'è betg reussì da trametter il messadi perquai che la connexiun al server SMTP %S è interruta amez la transmissiun",
    },
    {
      lang: "ro",
      text: "Mesajul nu a putut fi trimis deoarece conexiunea la serverul de trimitere (SMTP) %S s-a pierdut în mijlocul tranzacției",
    },
    {
      lang: "ru",
      text: "Сообщение не может быть отправлено, так как соединение с Сервером исходящей почты (SMTP) «%S» было утеряно в середине транзакции",
    },
    {
      lang: "sk",
      text: "Správa nemohla byť odoslaná, pretože pripojenie k serveru pre odosielanie pošty (SMTP) %S bolo počas prenosu prerušené",
    },
    {
      lang: "sl",
      text: "Sporočila ni bilo mogoče poslati, ker je bila povezava z odhodnim strežnikom (SMTP) %S sredi prenosa izgubljena",
    },
    {
      lang: "sq",
      text: "Mesazhi nuk u dërgua dot, sepse lidhja me shërbyesin Dërgues (SMTP) %S humbi në mes të ndërveprimit",
    },
    {
      lang: "sr",
      text: "Порука није могла бити послата јер је веза са одлазним (SMTP) сервером %S пукла усред преноса",
    },
    {
      lang: "sv-SE",
      text: "Meddelandet kunde inte skickas eftersom anslutningen till utgående server (SMTP) %S förlorades mitt under transaktionen",
    },
    {
      lang: "th",
      text: "ไม่สามารถส่งข้อความได้เนื่องจากการเชื่อมต่อกับเซิร์ฟเวอร์ขาออก (SMTP) %S หายไประหว่างการทำธุรกรรม ลองอีกครั้ง",
    },
    {
      lang: "tr",
      text: "İleti gönderilemedi çünkü işlem sırasında %S giden sunucusu (SMTP) ile bağlantı koptu",
    },
    {
      lang: "uk",
      text: "Не вдалося надіслати повідомлення через те, що з'єднання з сервером вихідної пошти (SMTP) %S було втрачене при виконанні операції",
    },
    {
      lang: "uz",
      text: "Xabar jo‘natilmadi, chunki chiquvchi serverga (SMTP) %S ulanish uzatishning o‘rtasida yo‘qoldi",
    },
    {
      lang: "vi",
      text: "Không thể gửi thư vì kết nối với máy chủ gửi thư (SMTP) %S bị mất khi đang giao dịch",
    },
    { lang: "zh-CN", text: "消息未发送，因为与发件服务器（SMTP） %S 的连接在传输过程中中断" },
    { lang: "zh-TW", text: "因為與寄件伺服器 (SMTP) %S 間的連線在傳輸過程中中斷，無法寄出訊息" },
  ],
  smtpSendTimeout: [
    {
      lang: "af",
      text: "The message could not be sent because the connection to Outgoing server (SMTP) %S timed out",
    },
    { lang: "ar", text: "تعذّر إرسال الرسالة لانتهاء مهلة الاتصال مع خادوم الصادر (SMTP)‏ %S" },
    {
      lang: "bg",
      text: "Писмото не може да бъде изпратено, защото времето за изчакване на изходящия (SMTP) %S сървър изтече",
    },
    {
      lang: "br",
      text: "N'eo ket bet kaset ar gemennadenn abalamour ma oa re hir ar c'hennask d'an dafariad kas (SMTP) %Ss",
    },
    {
      lang: "ca",
      text: "No s'ha pogut enviar el missatge perquè s'ha esgotat el temps d'espera de la connexió al servidor de sortida (SMTP) %S",
    },
    {
      lang: "cak",
      text: "Man xtaq ta ri rutzijol ruma xk'is ri ramaj richin nok pa ri Ruk'uxasamaj elem (SMTP) %S",
    },
    { lang: "cs", text: "Zprávu se nepodařilo odeslat, protože spojení se SMTP serverem %S vypršelo" },
    {
      lang: "cy",
      text: "Nid oedd modd anfon y neges gan fod cysylltu â'r gweinydd Anfon (SMTP) %S wedi dod i ben",
    },
    {
      lang: "da",
      text: "Meddelelsen kunne ikke sendes fordi tiden for forbindelsen til SMTP-serveren %S løb ud",
    },
    {
      lang: "de",
      text: "Die Nachricht konnte nicht gesendet werden, weil die Verbindung mit dem SMTP-Server %S ihre Ablaufzeit (Timeout) überschritten hat",
    },
    {
      lang: "dsb",
      text: "Powěsć njedajo se słaś, dokulaž zwisk z wuchadnym serwerom (SMTP) %S jo cas pśekšocył",
    },
    {
      lang: "el",
      text: "Το μήνυμα δεν στάλθηκε επειδή έληξε το όριο χρόνου σύνδεσης με τον διακομιστή SMTP %S",
    },
    {
      lang: "es-AR",
      text: "El mensaje no pudo ser enviado porque se terminó el tiempo para la conexión al servidor SMTP %S",
    },
    {
      lang: "es-ES",
      text: "El mensaje no se ha podido enviar porque ha caducado la conexión al servidor de salida (SMTP) %S",
    },
    {
      lang: "es-MX",
      text: "El mensaje no pudo ser enviado porque el tiempo de conexión con el servidor de salida (SMTP) %S se ha agotado",
    },
    { lang: "et", text: "Kirja saatmine pole võimalik, sest ühendus SMTP-serverisse %S aegus" },
    {
      lang: "eu",
      text: "Ezin izan da mezua bidali %S irteerako SMTP zerbitzariarekiko konexioa denboraz kanpo geratu delako",
    },
    { lang: "fi", text: "Viestiä ei voitu lähettää, koska yhteys SMTP-palvelimeen %S aikakatkaistiin" },
    {
      lang: "fr",
      text: "Le message n’a pas pu être envoyé car la connexion au serveur sortant (SMTP) « %S » a expiré",
    },
    {
      lang: "fy-NL",
      text: "It berjocht koe net ferstjoerd wurde, omdat de wachttiid foar de ferbining mei de útgeande (SMTP-)server %S ferrûn is",
    },
    {
      lang: "ga-IE",
      text: "Níorbh fhéidir an teachtaireacht a sheoladh toisc go ndeachaigh an ceangal leis an bhfreastalaí amach (SMTP) %S thar am",
    },
    {
      lang: "gd",
      text: "Cha b' urrainn dhuinn an teachdaireachd a chur a chionn 's gun do dh'fhalbh an ùine air an fhrithealaiche a-mach (SMTP) %S",
    },
    {
      lang: "gl",
      text: "Non foi posíbel enviar a mensaxe porque caducou a conexión co servidor de saída (SMTP) %S",
    },
    { lang: "he", text: "לא ניתן לשלוח את ההודעה כיוון שהחיבור לשרת היוצא (SMTP) %S פג" },
    { lang: "hr", text: "Poruka nije poslana jer je veza s poslužiteljem odlazne pošte (SMTP) %S istekla" },
    {
      lang: "hsb",
      text: "Powěsć njeda so słać, dokelž zwisk z wuchadnym serwerom (SMTP) %S je čas překročił",
    },
    {
      lang: "hu",
      text: "Az üzenet küldése sikertelen, mert a levélküldő (SMTP) kiszolgálóval (%S) való kapcsolat időtúllépés miatt megszakadt",
    },
    {
      lang: "hy-AM",
      text: "Նամակը հնարավոր չէ ուղարկել, քանի որ կապի ժամանակը ելքային (SMTP) %S սպասարկիչի հետ լրացել է: Կրկին փորձեք:",
    },
    {
      lang: "id",
      text: "Pesan tidak dapat dikirim karena koneksi ke Server keluar (SMTP) %S kehabisan waktu",
    },
    {
      lang: "is",
      text: "Ekki tókst að senda póst á póstþjón fyrir útsendan póst (SMTP) %S þar sem tenging rann út",
    },
    {
      lang: "it",
      text: "Non è stato possibile inviare il messaggio perché la connessione al server di posta in uscita (SMTP) %S è scaduta",
    },
    {
      lang: "ja",
      text: "送信 (SMTP) サーバー %S との接続がタイムアウトしたため、メッセージを送信できませんでした",
    },
    {
      lang: "ka",
      text: "წერილის გაგზავნა შეუძლებელია, რადგან გამავალ სერვერთან (SMTP) %S კავშირის ვადა ამოიწურა",
    },
    {
      lang: "kab",
      text: "Izen ur yezmir ara ad yettwazen acku tuqqna ɣer uqeddac uffiɣ (SMTP) %S tɛedda deg akud",
    },
    {
      lang: "kk",
      text: "Хабарламаны жіберу мүмкін емес, өйткені %S шығыс пошта серверіне (SMTP) байланысты орнатудың уақыты аяқталды",
    },
    { lang: "ko", text: "SMTP 서버(%S) 연결 시간이 초과되어 메시지를 보낼 수 없습니다" },
    { lang: "lt", text: "Laiškas neišsiųstas, nes nepavyko susisiekti su išsiuntimo (SMTP) serveriu %S" },
    {
      lang: "lv",
      text: "Ziņojumu neizdevās nosūtīt, jo savienojumam ar izejošo serveri (SMTP) %S iestājās noildze",
    },
    {
      lang: "ms",
      text: "Mesej tidak dapat dihantar kerana sambungan dengan pelayan Keluar (SMTP) %S telah tamat tempoh",
    },
    {
      lang: "nb-NO",
      text: "Klarte ikke sende meldingen fordi tilkoblingen til SMTP-serveren %S fikk tidsavbrudd",
    },
    {
      lang: "nl",
      text: "Het bericht kon niet worden verzonden, omdat de wachttijd voor de verbinding met uitgaande (SMTP-)server %S is verlopen",
    },
    {
      lang: "nn-NO",
      text: "Klarte ikkje å senda meldinga fordi tilkoplinga til SMTP-tenaren %S fekk tidsavbrot",
    },
    {
      lang: "pl",
      text: "Wysyłanie wiadomości się nie powiodło, ponieważ upłynął limit czasu połączenia z serwerem %S poczty wychodzącej (SMTP)",
    },
    {
      lang: "pt-BR",
      text: "A mensagem não foi enviada porque a conexão com o servidor de envio (SMTP) %S expirou",
    },
    {
      lang: "pt-PT",
      text: "A mensagem não foi enviada porque a ligação ao servidor de envio (SMTP) %S expirou",
    },
    {
      lang: "rm",
      text: "I n'è betg reussì da trametter il messadi perquai che la connexiun al server SMTP %S ha surpassà la limita da temp (timeout)",
    },
    {
      lang: "ro",
      text: "Mesajul nu a putut fi trimis deoarece conexiunea la serverul de trimitere (SMTP) %S a expirat",
    },
    {
      lang: "ru",
      text: "Сообщение не может быть отправлено, так как время ожидания соединения с Сервером исходящей почты (SMTP) «%S» истекло",
    },
    {
      lang: "sk",
      text: "Správa nemohla byť odoslaná, pretože časový limit pripojenia k serveru pre odosielanie pošty (SMTP) %S vypršal",
    },
    {
      lang: "sl",
      text: "Sporočila ni bilo mogoče poslati, ker je povezava z odhodnim strežnikom (SMTP) %S potekla",
    },
    {
      lang: "sq",
      text: "Mesazhi nuk u dërgua dot, ngaqë lidhjes me shërbyesin Dërgues (SMTP) %S i mbaroi koha",
    },
    { lang: "sr", text: "Порука није могла бити послата јер је веза са одлазним (SMTP) сервером %S истекла" },
    {
      lang: "sv-SE",
      text: "Meddelandet kunde inte skickas eftersom anslutningen till utgående server (SMTP) %S gjorde timeout",
    },
    { lang: "th", text: "ไม่สามารถส่งข้อความได้เนื่องจากการเชื่อมต่อกับเซิร์ฟเวอร์ขาออก (SMTP) %S หมดเวลา ลองอีกครั้ง" },
    {
      lang: "tr",
      text: "İleti gönderilemedi çünkü %S giden sunucusu (SMTP) ile bağlantı zaman aşımına uğradı",
    },
    {
      lang: "uk",
      text: "Не вдалося надіслати повідомлення через те, що завершився час очікування з'єднання з сервером вихідної пошти (SMTP) %S",
    },
    { lang: "uz", text: "Xabar jo‘natilmadi, chunki chiquvchi serverga (SMTP) %S ulanish vaqti o‘tib ketdi" },
    { lang: "vi", text: "Không thể gửi thư vì đã hết thời gian chờ kết nối với máy chủ gửi thư (SMTP) %S" },
    { lang: "zh-CN", text: "消息未发送，因为与发件服务器（SMTP）%S 的连接超时" },
    { lang: "zh-TW", text: "因為與寄件伺服器 (SMTP) %S 間的連線逾時，無法寄出訊息" },
  ],
  smtpAuthFailure: [
    { lang: "af", text: "Unable to authenticate to Outgoing server (SMTP) %S" },
    { lang: "ar", text: "تعذر استيثاق خادوم الصادر (SMTP) ‏%S" },
    { lang: "bg", text: "Неуспешно удостоверяване на изходящият (SMTP) %S сървър" },
    { lang: "br", text: "N'hall ket en em zilesa ouzh an dafariad kas (SMTP) %S" },
    { lang: "ca", text: "No s'ha pogut autenticar al servidor de sortida (SMTP) %S" },
    { lang: "cak", text: "Man tikirel ta nijikib'äx ri Ruk'uxasamaj elem (SMTP) %S" },
    { lang: "cs", text: "Autentizace k SMTP serveru %S se nezdařila" },
    { lang: "cy", text: "Methu dilysu gweinydd Anfon (SMTP) %S" },
    { lang: "da", text: "Kunne ikke godkendes af SMTP-serveren %S" },
    { lang: "de", text: "Der Postausgangs-Server (SMTP) %S kann nicht authentifiziert werden" },
    { lang: "dsb", text: "Njejo móžno, wuchadny serwer (SMTP) %S awtentificěrowás" },
    { lang: "el", text: "Δεν είναι δυνατή η ταυτοποίηση στον διακομιστή εξερχομένων (SMTP) %S" },
    { lang: "es-AR", text: "No se puede autenticar al servidor SMTP %S" },
    { lang: "es-ES", text: "No se puede identificar al servidor de salida (SMTP) %S" },
    { lang: "es-MX", text: "No se puede autenticar al servidor de salida(SMTP) %S" },
    { lang: "et", text: "Autentimine SMTP-serveriga aadressil %S pole võimalik" },
    { lang: "eu", text: "Ezin izan da %S irteerako SMTP zerbitzariarekin autentifikatu" },
    { lang: "fi", text: "Todennus SMTP-palvelimelle %S epäonnistui" },
    { lang: "fr", text: "Impossible de s’authentifier sur le serveur sortant (SMTP) %S" },
    { lang: "fy-NL", text: "Kin net autentisearje by útgeande (SMTP-)server %S" },
    { lang: "ga-IE", text: "Níorbh fhéidir fíordheimhniú a dhéanamh leis an bhfreastalaí amach (SMTP) %S" },
    { lang: "gd", text: "Cha ghabh dearbhadh a dhèanamh dhan fhrithealaiche a-amach (SMTP) %S" },
    { lang: "gl", text: "Non é posíbel autenticarse no servidor de saída (SMTP) %S" },
    { lang: "hr", text: "Nije se moguće prijaviti na poslužitelj odlazne pošte (SMTP) %S" },
    { lang: "hsb", text: "Njeje móžno, wuchadny serwer (SMTP) %S awtentifikować" },
    { lang: "hu", text: "Nem sikerült a hitelesítés a(z) %S levélküldő (SMTP) kiszolgálóhoz" },
    {
      lang: "hy-AM",
      text: "Հնարավոր չէ իսկորոշել %S SMTP սպասարկիչում։ Ստուգեք գաղտնաբառը և 'Վավերացման եղանակ'-ը  'Փոստարկղի կարգավորումներ | Սպասարկիչի կարգավորումներում (SMTP)'։",
    },
    { lang: "id", text: "Tidak dapat mengotentikasi ke Server keluar (SMTP) %S" },
    { lang: "is", text: "Get ekki tengst við póstþjón fyrir útsendan póst (SMTP) %S" },
    { lang: "it", text: "Autenticazione non riuscita col server di posta in uscita (SMTP) %S" },
    { lang: "ja", text: "送信 (SMTP) サーバー %S の認証に失敗しました" },
    { lang: "ka", text: "გამავალი სერვერის (SMTP) %S ანგარიშზე შესვლა, ვერ ხერხდება" },
    { lang: "kab", text: "Ur yezmir ara ad isesteb ɣer uqeddac uffiɣ (SMTP)%S" },
    { lang: "kk", text: "%S шығыс пошта серверінде (SMTP) аутентификациядан өту мүмкін емес" },
    {
      lang: "ko",
      text: "%S SMTP 서버 인증에 실패했습니다. 비밀번호를 다시 확인 하고, '계정 설정 | 서버 설정'의 '인증 방식'을 확인 하십시오",
    },
    { lang: "lt", text: "Nepavyko patvirtinti tapatumo išsiuntimo (SMTP) serveryje %S" },
    { lang: "lv", text: "Neizdevās autentificēties izejošajā serverī (SMTP) %S" },
    { lang: "ms", text: "Tidak dapat mengesahkan pelayan Keluar (SMTP) %S" },
    { lang: "nb-NO", text: "Klarte ikke å autentisere mot SMTP-serveren %S" },
    { lang: "nl", text: "Kan niet authenticeren bij uitgaande (SMTP-)server %S" },
    { lang: "nn-NO", text: "Klarte ikkje å autentisere mot SMTPserveren %S" },
    {
      lang: "pl",
      text: "Wystąpił błąd podczas wysyłania wiadomości: nie udało się uwierzytelnić z serwerem „%S” poczty wychodzącej (SMTP)",
    },
    { lang: "pt-BR", text: "Não foi possível autenticar no servidor de envio (SMTP) %S" },
    { lang: "pt-PT", text: "Não foi possível efetuar a autenticação no servidor de envio (SMTP) %S" },
    { lang: "rm", text: "Impussibel dad autentificar per il server SMTP %S" },
    { lang: "ro", text: "Nu se poate efectua autentificarea la serverul de trimitere (SMTP) %S" },
    { lang: "ru", text: "Не удалось аутентифицироваться на Сервере исходящей почты (SMTP) «%S»" },
    { lang: "sk", text: "Nebolo možné overenie na serveri pre odosielanie pošty (SMTP) %S" },
    { lang: "sl", text: "Odhodnega strežnika (SMTP) %S ni mogoče overiti" },
    { lang: "sq", text: "S’arrihet të kryhet mirëfilltësimi te shërbyesi Dërgues (SMTP) %S" },
    { lang: "sr", text: "Не могу да се аутентификујем на одлазни (SMTP) сервер %S" },
    { lang: "sv-SE", text: "Kan inte autentisera till utgående server (SMTP) %S" },
    {
      lang: "th",
      text: "ไม่สามารถรับรองความถูกต้องกับเซิร์ฟเวอร์ขาออก (SMTP) %S ได้ โปรดตรวจสอบรหัสผ่านและยืนยัน 'วิธีการรับรองความถูกต้อง' ใน 'การตั้งค่าบัญชี | เซิร์ฟเวอร์ขาออก (SMTP)'",
    },
    { lang: "tr", text: "%S giden sunucusunda (SMTP) kimlik doğrulanamadı" },
    { lang: "uk", text: "Неможливо авторизуватися на сервері вихідної пошти (SMTP) %S" },
    { lang: "uz", text: "Chiquvchi server (SMTP) %S haqiqiyligi tasdiqlanmadi" },
    { lang: "vi", text: "Không thể xác thực với máy chủ gửi thư (SMTP) %S" },
    {
      lang: "zh-CN",
      text: "无法向发件服务器（SMTP） %S 进行认证。 请检查密码和验证“账号设置 | 服务器设置”中的“认证方式”",
    },
    {
      lang: "zh-TW",
      text: "無法向寄件伺服器 (SMTP) %S 進行認證。 請到「帳號設定 | 寄件伺服器 (SMTP)」中將「認證方式」設定為「無」",
    },
  ],
  smtpAuthMechNotSupported: [
    { lang: "af", text: "The Outgoing server (SMTP) %S does not support the selected authentication method" },
    { lang: "ar", text: "لا يدعم خادوم الصادر (SMTP)‏ %S طريقة الاستيثاق المحددة" },
    { lang: "bg", text: "Изходящият (SMTP) сървър %S не поддържа избрания метод за удостоверяване" },
    { lang: "br", text: "An dafariad (SMTP) %S ne skor ket an hentenn dilesa diuzet" },
    { lang: "ca", text: "El servidor de sortida (SMTP) %S no permet el mètode d'autenticació seleccionat" },
    { lang: "cak", text: "Ri Ruk'uxasamaj elem (SMTP) %S man nuköch' ta ri rub'eyal jikib'anïk xcha'" },
    { lang: "cs", text: "SMTP server %S nepodporuje zvolenou metodu autentizace" },
    { lang: "cy", text: "Nid yw'r gweinydd Anfon (SMTP) %S yn cynnal y dull yma o ddilysu" },
    { lang: "da", text: "SMTP-serveren %S understøtter ikke den valgte sikkerhedsindstilling" },
    { lang: "de", text: "Der SMTP-Server %S unterstützt die gewählte Authentifizierungsmethode nicht" },
    { lang: "dsb", text: "Wuchadny serwer (SMTP) %S njepódpěra wubranu awtentifikacisku metodu" },
    {
      lang: "el",
      text: "Ο διακομιστής εξερχομένων (SMTP) %S δεν υποστηρίζει την επιλεγμένη μέθοδο ταυτοποίησης",
    },
    { lang: "es-AR", text: "El servidor %S no soporta el método de autenticación seleccionado" },
    {
      lang: "es-ES",
      text: "El servidor de salida (SMTP) %S no admite el mecanismo de identificación seleccionado",
    },
    {
      lang: "es-MX",
      text: "El servidor de salida (SMTP) %S no soporta el método de autenticación seleccionado",
    },
    { lang: "et", text: "SMTP-server aadressil %S ei toeta valitud autentimise viisi" },
    { lang: "eu", text: "%S irteerako SMTP zerbitzariak ez du hautatutako autentifikazio-metodoa onartzen" },
    { lang: "fi", text: "SMTP-palvelin %S ei tue valittua todennustapaa" },
    {
      lang: "fr",
      text: "Le serveur sortant (SMTP) %S ne gère pas la méthode d’authentification sélectionnée",
    },
    { lang: "fy-NL", text: "De útgeande (SMTP-)server %S stipet de selektearre autentikaasjemetoade net" },
    {
      lang: "ga-IE",
      text: "Ní thacaíonn an freastalaí amach (SMTP) %S leis an modh roghnaithe fíordheimhnithe",
    },
    {
      lang: "gd",
      text: "Chan eil am frithealaiche a-mach (SMTP) %S a' cur taic ris an dòigh dearbhaidh a thagh thu",
    },
    { lang: "gl", text: "O servidor de saída (SMTP) %S non admite o método de autenticación seleccionado" },
    {
      lang: "hr",
      text: "Poslužitelj odlazne pošte (SMTP) %S ne podržava odabranu metodu provjere autentičnosti",
    },
    { lang: "hsb", text: "Wuchadny serwer (SMTP) %S njepodpěruje wubranu awtentifikacisku metodu" },
    {
      lang: "hu",
      text: "A levélküldő (SMTP) kiszolgáló (%S) nem támogatja a kiválasztott hitelesítési módszert",
    },
    {
      lang: "hy-AM",
      text: "%S SMTP սպասարկիչը չի աջակցում իսկորոշման ընտրված եղանակը։ Փոխեք 'Վավերացման եղանակ'-ը  'Փոստարկղի կարգավորումներ | Ելքային սպասարկիչը (SMTP)' բաժնում։",
    },
    { lang: "id", text: "Server keluar (SMTP) %S tidak mendukung metode otentikasi yang dipilih" },
    { lang: "is", text: "Póstþjónn fyrir útsendan póst (SMTP) %S styður ekki valda auðkennisaðferð" },
    {
      lang: "it",
      text: "Il server in uscita (SMTP) %S non supporta il metodo di autenticazione selezionato",
    },
    { lang: "ja", text: "送信 (SMTP) サーバー %S が選択された認証方式をサポートしていません" },
    {
      lang: "ka",
      text: "როგორც ჩანს, გამავალ სერვერზე (SMTP) %S არაა მხარდაჭერილი ანგარიშზე შესვლის, შერჩეული მეთოდი",
    },
    {
      lang: "kab",
      text: "Aqeddac uffiɣ (SMTP) %S ur yettban ara d akken ur yessefrak ara tarrayt n usesteb",
    },
    { lang: "kk", text: "%S шығыс пошта серверін (SMTP) таңдалған аутентификация тәсілін қолдамайды" },
    { lang: "ko", text: "%S의 SMTP 서버는 선택한 인증 방식을 지원하지 않습니다" },
    { lang: "lt", text: "Išsiuntimo (SMTP) serveris %S nepalaiko nurodyto tapatumo patikrinimo būdo" },
    { lang: "lv", text: "Izejošais serveris (SMTP) %S neatbalsta izvēlēto autentifikācijas veidu" },
    { lang: "ms", text: "Pelayan Keluar (SMTP) %S tidak menyokong kaedah pengesahan yang dipilih" },
    { lang: "nb-NO", text: "SMTP-serveren %S støtter ikke den valgte autentiseringsmetoden" },
    {
      lang: "nl",
      text: "De uitgaande (SMTP-)server %S ondersteunt de geselecteerde authenticatiemethode niet",
    },
    { lang: "nn-NO", text: "SMTP-tenaren %S støttar ikkje den valde autentiseringsmetoden" },
    {
      lang: "pl",
      text: "Serwer „%S” poczty wychodzącej (SMTP) nie obsługuje wybranej metody uwierzytelniania",
    },
    {
      lang: "pt-BR",
      text: "O servidor de envio (SMTP) %S não oferece suporte ao método de autenticação selecionado",
    },
    {
      lang: "pt-PT",
      text: "O servidor de envio (SMTP) %S não tem suporte ao método de autenticação selecionado",
    },
    { lang: "rm", text: "Il server SMTP %S na sustegna betg la metoda d'autentificaziun tschernida" },
    {
      lang: "ro",
      text: "Serverul de trimitere (SMTP) %S nu are suport pentru metoda de autentificare selectată",
    },
    { lang: "ru", text: "Сервер исходящей почты (SMTP) «%S» не поддерживает выбранный метод аутентификации" },
    { lang: "sk", text: "Server pre odosielanie pošty (SMTP) %S nepodporuje zvolenú metódu overenia" },
    { lang: "sl", text: "Odhodni strežnik (SMTP) %S ne podpira izbrane metode overjanja" },
    {
      lang: "sq",
      text: "Shërbyesi Dërgues (SMTP) %S nuk e mbulon metodën e përzgjedhur për mirëfilltësimin",
    },
    { lang: "sr", text: "Одлазни (SMTP) сервер %S не подржава изабрани начин пријаве" },
    { lang: "sv-SE", text: "Den utgående servern (SMTP) %S stöder inte den valda autentiseringsmetoden" },
    {
      lang: "th",
      text: "เซิร์ฟเวอร์ขาออก (SMTP) %S ไม่รองรับวิธีการรับรองความถูกต้องที่เลือก โปรดเปลี่ยน 'วิธีการรับรองความถูกต้อง' ใน 'การตั้งค่าบัญชี | เซิร์ฟเวอร์ขาออก (SMTP)'",
    },
    {
      lang: "tr",
      text: "%S giden sunucusu (SMTP) sunucusu seçilen kimlik doğrulama yöntemini desteklemiyor",
    },
    { lang: "uk", text: "Сервер вихідної пошти (SMTP) %S не підтримує обраний метод автентифікації" },
    {
      lang: "uz",
      text: "(SMTP) %S chiquvchi serveri tanlangan haqiqiylikni tasdiqlash uslubi bilan ishlay olmaydi",
    },
    { lang: "vi", text: "Máy chủ gửi thư (SMTP) %S không hỗ trợ phương thức xác thực đã chọn" },
    { lang: "zh-CN", text: "发件服务器（SMTP）%S 不支持您所选择的认证方式" },
    { lang: "zh-TW", text: "%S 這台 SMTP 伺服器不支援您所選擇的認證方式" },
  ],
  smtpHintAuthEncryptToPlainNoSsl: [
    { lang: "af", text: "The Outgoing server (SMTP) %S does not seem to support encrypted passwords" },
    { lang: "ar", text: "يبدو أن خادوم الصادر (SMTP)‏ %S لا يدعم كلمات السر المُعمَّاة" },
    { lang: "bg", text: "Изходящият (SMTP) %S сървър изглежда не поддържа шифровани пароли" },
    { lang: "br", text: "An dafariad kas (SMTP) %S ne skor ket ar gerioù-tremen enrineget" },
    { lang: "ca", text: "El servidor de sortida (SMTP) %S sembla que no permet contrasenyes xifrades" },
    {
      lang: "cak",
      text: "Ri Ruk'uxasamaj elem (SMTP) %S achi'el man yeruköch' ta ewan taq tzij ri ewan kisik'ixik",
    },
    { lang: "cs", text: "SMTP server %S nepodporuje šifrovaná hesla" },
    {
      lang: "cy",
      text: "Nid yw'r gweinydd Anfon (SMTP) %S i weld yn cynnal cyfrineiriau wedi eu hamgryptio",
    },
    { lang: "da", text: "SMTP-serveren %S understøtter tilsyneladende ikke krypterede adgangskoder" },
    {
      lang: "de",
      text: "Der SMTP-Server %S scheint die verschlüsselte Übertragung des Passworts nicht zu unterstützen",
    },
    { lang: "dsb", text: "Zda se, až wuchadny serwer (SMTP) %S njepódpěra skoděrowane gronidła" },
    {
      lang: "el",
      text: "Ο διακομιστής εξερχομένων (SMTP) %S δεν φαίνεται να υποστηρίζει κρυπτογραφημένους κωδικούς πρόσβασης",
    },
    { lang: "es-AR", text: "El servidor saliente (SMTP) %S no parece soportar contraseñas cifradas" },
    { lang: "es-ES", text: "El servidor de salida (SMTP) %S no parece admitir contraseñas cifradas" },
    { lang: "es-MX", text: "El servidor de salida (SMTP) %S no parece soportar contraseñas cifradas" },
    { lang: "et", text: "SMTP-server aadressil %S ei toeta krüptitud paroole" },
    {
      lang: "eu",
      text: "%S SMTP irteera zerbitzariak antza ez du enkriptatutako pasahitzentzako euskarririk",
    },
    { lang: "fi", text: "Lähtevän postin palvelin (SMTP) %S ei näytä tukevan salattuja salasanoja" },
    { lang: "fr", text: "Le serveur sortant (SMTP) %S ne semble pas gérer les mots de passe chiffrés" },
    { lang: "fy-NL", text: "De útgeande (SMTP-)server %S liket gjin fersifere wachtwurden te stypjen" },
    {
      lang: "ga-IE",
      text: "De réir cosúlachta, ní thacaíonn an freastalaí amach (SMTP) %S le focail fhaire chriptithe",
    },
    {
      lang: "gd",
      text: "Tha coltas nach eil am frithealaiche a-mach (SMTP) %S a’ cur taic ri faclan-faire crioptaichte",
    },
    { lang: "gl", text: "O servidor de saída (SMTP) %S semella que non admite contrasinais cifrados" },
    { lang: "hr", text: "Poslužitelj odlazne pošte (SMTP) %S ne podržava kriptirane lozinke" },
    { lang: "hsb", text: "Zda so, zo wuchadny serwer (SMTP) %S zaklučowane hesła njepodpěruje" },
    {
      lang: "hu",
      text: "Úgy tűnik, a levélküldő (SMTP) kiszolgáló (%S) nem támogatja a titkosított jelszavakat",
    },
    {
      lang: "hy-AM",
      text: "Կարծես ելքային (SMTP) %S սպասարկիչը չի աջակցում գաղտնագրված գաղտնաբառեր: Եթե նոր եք կարգավորել հաշիվը, փորձեք փոփոխել 'Իսկորոշման եղանակը' 'Հաշվի կարգավորումներ | Ելքային սպասարկիչ (SMTP)'-ից 'Ոչ անվտանգ փոխանցվող գատնաբառ'-ի: Եթե այն նախկինում աշխատել է, իսկ հիմա ոչ, ապա հնարավոր է Ձեր գաղտնաբառը գողացված է:",
    },
    { lang: "id", text: "Server keluar (SMTP) %S tampaknya tidak mendukung kata sandi terenkripsi" },
    { lang: "is", text: "Póstþjónn fyrir útsendan póst (SMTP) %S virðist ekki styðja dulkóðuð lykilorð" },
    {
      lang: "it",
      text: "Il server in uscita (SMTP) %S sembra non essere in grado di gestire le password crittate",
    },
    { lang: "ja", text: "送信 (SMTP) サーバー %S が暗号化されたパスワードをサポートしていないようです" },
    { lang: "ka", text: "როგორც ჩანს, გამავალ სერვერზე (SMTP) %S არაა მხარდაჭერილი დაშიფრული პაროლები" },
    {
      lang: "kab",
      text: "Aqeddac uffiɣ (SMTP) %S ur yettban ara d akken yessefrak awalen uffiren iwgelhanen",
    },
    { lang: "kk", text: "%S шығыс пошта сервері (SMTP) шифрленген парольдерді қолдамайтын сияқты" },
    { lang: "ko", text: "%S SMTP 서버는 암호화된 비밀번호 사용을 지원하지 않는것 같습니다" },
    { lang: "lt", text: "Panašu kas išsiuntimo (SMTP) serveris %S nesupranta užšifruotų slaptažodžių" },
    { lang: "lv", text: "Šķiet, ka izejošais serveris (SMTP) %S neatbalsta šifrētas paroles" },
    { lang: "ms", text: "Pelayan keluar (SMTP) %S mungkin tidak kata laluan enkrip" },
    { lang: "nb-NO", text: "Den utgående tjeneren (SMTP) %S ser ikke ut til å støtte krypterte passord" },
    {
      lang: "nl",
      text: "De uitgaande (SMTP-)server %S lijkt geen versleutelde wachtwoorden te ondersteunen",
    },
    { lang: "nn-NO", text: "Utgåande server (SMTP) %S ser ikkje ut til å støtte krypterte passord" },
    {
      lang: "pl",
      text: "Serwer „%S” poczty wychodzącej (SMTP) wydaje się nie obsługiwać uwierzytelniania przy pomocy szyfrowanych haseł",
    },
    { lang: "pt-BR", text: "Parece que o servidor envio (SMTP) %S não tem suporte a senhas criptografadas" },
    {
      lang: "pt-PT",
      text: "Parece que o servidor de envio (SMTP) %S não tem suporte a palavras-passe encriptadas",
    },
    { lang: "rm", text: "Il server SMTP %S para da betg sustegnair pleds-clav criptads" },
    { lang: "ro", text: "Serverul de trimitere (SMTP) %S nu pare să aibă suport pentru parole criptate" },
    {
      lang: "ru",
      text: "Похоже, что Сервер исходящей почты (SMTP) «%S» не поддерживает использование зашифрованных паролей",
    },
    { lang: "sk", text: "Server pre odosielanie pošty (SMTP) %S zdá sa nepodporuje šifrované heslá" },
    { lang: "sl", text: "Videti je, da odhodni strežnik (SMTP) %S ne podpira šifriranih gesel" },
    { lang: "sq", text: "Shërbyesi dërgues (SMTP) %S nuk duket se mbulon fjalëkalime të fshehtëzuar" },
    { lang: "sr", text: "Изгледа да одлазни (SMTP) сервер %S не подржава шифроване лозинке" },
    { lang: "sv-SE", text: "Den utgående servern (SMTP) %S stöder inte krypterade lösenord" },
    {
      lang: "th",
      text: "ดูเหมือนว่าเซิร์ฟเวอร์ขาออก (SMTP) %S จะไม่รองรับรหัสผ่านที่เข้ารหัสลับ หากคุณเพิ่งตั้งค่าบัญชี ให้ลองเปลี่ยน 'วิธีการรับรองความถูกต้อง' ใน 'การตั้งค่าบัญชี | เซิร์ฟเวอร์ขาออก (SMTP)' เป็น 'รหัสผ่าน ส่งอย่างไม่ปลอดภัย' ถ้าเคยทำได้ แต่ตอนนี้ทำไม่ได้ รหัสผ่านของคุณอาจถูกขโมยได้",
    },
    { lang: "tr", text: "%S giden sunucusu (SMTP) şifrelenmiş parolaları desteklemiyor" },
    { lang: "uk", text: "Схоже, сервер вихідної пошти (SMTP) %S не підтримує зашифровані паролі" },
    {
      lang: "uz",
      text: "Chiquvchi server (SMTP) %S shifrlangan parollarni qo‘llab-quvvatlamaydiganga o‘xshaydi",
    },
    { lang: "vi", text: "Máy chủ gửi thư (SMTP) %S dường như không hỗ trợ mật khẩu được mã hóa" },
    { lang: "zh-CN", text: "发件服务器（SMTP） %S 似乎不支持加密过的密码" },
    { lang: "zh-TW", text: "%S 這台寄件伺服器 (SMTP) 可能不支援加密過的密碼" },
  ],
  smtpHintAuthEncryptToPlainSsl: [
    { lang: "af", text: "The Outgoing server (SMTP) %S does not seem to support encrypted passwords" },
    { lang: "ar", text: "يبدو أن خادوم الصادر (SMTP)‏ %S لا يدعم كلمات السر المُعمَّاة" },
    { lang: "bg", text: "Изходящият (SMTP) %S сървър изглежда не поддържа шифровани пароли" },
    { lang: "br", text: "An dafariad kas (SMTP) %S ne skor ket ar gerioù-tremen enrineget" },
    { lang: "ca", text: "El servidor de sortida (SMTP) %S sembla que no permet contrasenyes xifrades" },
    {
      lang: "cak",
      text: "Ri Ruk'uxasamaj elem (SMTP) %S achi'el man yeruköch' ta ewan taq tzij ri ewan kisik'ixik",
    },
    { lang: "cs", text: "SMTP server %S nepodporuje šifrovaná hesla" },
    {
      lang: "cy",
      text: "Nid yw'r gweinydd Anfon (SMTP) %S i weld yn cynnal cyfrineiriau wedi eu hamgryptio",
    },
    { lang: "da", text: "SMTP-serveren %S understøtter tilsyneladende ikke krypterede adgangskoder" },
    {
      lang: "de",
      text: "Der SMTP-Server %S scheint die Übertragung verschlüsselter Passwörter nicht zu unterstützen",
    },
    { lang: "dsb", text: "Zda se, až wuchadny serwer (SMTP) %S njepódpěra skoděrowane gronidła" },
    { lang: "el", text: "Αυτός ο διακομιστής  SMTP %S δεν υποστηρίζει κρυπτογραφημένους κωδικούς" },
    { lang: "es-AR", text: "El servidor saliente (SMTP) %S no parece soportar contraseñás cifradas" },
    { lang: "es-ES", text: "El servidor de salida (SMTP) %S no parece admitir contraseñas cifradas" },
    { lang: "es-MX", text: "El servidor de salida (SMTP) %S parece no soportar contraseñas cifradas" },
    { lang: "et", text: "SMTP-server aadressil %S ei toeta krüptitud paroole" },
    {
      lang: "eu",
      text: "%S SMTP irteera zerbitzariak antza ez du enkriptatutako pasahitzentzako euskarririk",
    },
    { lang: "fi", text: "Lähtevän postin palvelin (SMTP) %S ei näytä tukevan salattuja salasanoja" },
    { lang: "fr", text: "Le serveur sortant (SMTP) %S ne semble pas gérer les mots de passe chiffrés" },
    { lang: "fy-NL", text: "De útgeande (SMTP-)server %S liket gjin fersifere wachtwurden te stypjen" },
    {
      lang: "ga-IE",
      text: "De réir cosúlachta, ní thacaíonn an freastalaí amach (SMTP) %S le focail fhaire chriptithe",
    },
    {
      lang: "gd",
      text: "Tha coltas nach eil am frithealaiche a-mach (SMTP) %S a’ cur taic ri faclan-faire crioptaichte",
    },
    { lang: "gl", text: "O servidor de saída (SMTP) %S semella que non admite contrasinais cifrados" },
    { lang: "he", text: "נראה כי השרת היוצא (SMTP) %S לא תומך בססמאות מוצפנות" },
    { lang: "hr", text: "Poslužitelj odlazne pošte (SMTP) %S ne podržava kriptirane lozinke" },
    { lang: "hsb", text: "Zda so, zo wuchadny serwer (SMTP) %S zaklučowane hesła njepodpěruje" },
    {
      lang: "hu",
      text: "A levélküldő (SMTP) kiszolgáló (%S) nem támogatja a titkosított jelszavak használatát",
    },
    {
      lang: "hy-AM",
      text: "Կարծես ելքային (SMTP) %S սպասարկիչը չի աջակցում գաղտնագրված գաղտնաբառեր: Եթե նոր եք կարգավորել հաշիվը, փորձեք փոփոխել 'Իսկորոշման եղանակը' 'Հաշվի կարգավորումներ | Ելքային սպասարկիչ (SMTP)'-ից 'Նորմալ գաղտնաբառ'-ի:",
    },
    { lang: "id", text: "Server keluar (SMTP) %S tampaknya tidak mendukung sandi terenkripsi" },
    { lang: "is", text: "Póstþjónn fyrir útsendan póst (SMTP) %S virðist ekki styðja dulkóðuð lykilorð" },
    {
      lang: "it",
      text: "Il server in uscita (SMTP) %S sembra non essere in grado di gestire le password crittate",
    },
    { lang: "ja", text: "送信 (SMTP) サーバー %S が暗号化されたパスワードをサポートしていないようです" },
    { lang: "ka", text: "როგორც ჩანს, გამავალ სერვერზე (SMTP) %S არაა მხარდაჭერილი დაშიფრული პაროლები" },
    {
      lang: "kab",
      text: "Aqeddac uffiɣ (SMTP) %S ur yettban ara d akken yessefrak awalen uffiren iwgelhanen",
    },
    { lang: "kk", text: "%S шығыс пошта сервері (SMTP) шифрленген парольдерді қолдамайтын сияқты" },
    { lang: "ko", text: "%S SMTP 서버는 암호화된 비밀번호 사용을 지원하지 않는것 같습니다" },
    { lang: "lt", text: "Panašu kas išsiuntimo (SMTP) serveris %S nesupranta užšifruotų slaptažodžių" },
    { lang: "lv", text: "Šķiet, ka izejošais serveris (SMTP) %S neatbalsta šifrētas paroles" },
    { lang: "ms", text: "Pelayan keluar (SMTP) %S mungkin tidak kata laluan enkrip" },
    { lang: "nb-NO", text: "Den utgående serveren (SMTP) %S ser ikke ut til å støtte krypterte passord" },
    {
      lang: "nl",
      text: "De uitgaande (SMTP-)server %S lijkt geen versleutelde wachtwoorden te ondersteunen",
    },
    { lang: "nn-NO", text: "Utgåande server (SMTP) %S ser ikkje ut til å støtte krypterte passord" },
    {
      lang: "pl",
      text: "Serwer „%S” poczty wychodzącej (SMTP) wydaje się nie obsługiwać uwierzytelniania przy pomocy szyfrowanych haseł",
    },
    {
      lang: "pt-BR",
      text: "Parece que o servidor de envio (SMTP) %S não tem suporte a senhas criptografadas",
    },
    {
      lang: "pt-PT",
      text: "Parece que o servidor de envio (SMTP) %S não tem suporte a palavras-passe encriptadas",
    },
    { lang: "rm", text: "Il server SMTP %S para da betg sustegnair pleds-clav criptads" },
    { lang: "ro", text: "Serverul de trimitere (SMTP) %S nu pare să aibă suport pentru parole criptate" },
    {
      lang: "ru",
      text: "Похоже, что Сервер исходящей почты (SMTP) «%S» не поддерживает использование зашифрованных паролей",
    },
    { lang: "sk", text: "Server pre odosielanie pošty (SMTP) %S zdá sa nepodporuje šifrované heslá" },
    { lang: "sl", text: "Videti je, da odhodni strežnik (SMTP) %S ne podpira šifriranih gesel" },
    { lang: "sq", text: "Shërbyesi dërgues (SMTP) %S nuk duket se mbulon fjalëkalime të fshehtëzuar" },
    { lang: "sr", text: "Изгледа да одлазни (SMTP) сервер %S не подржава шифроване лозинке" },
    { lang: "sv-SE", text: "Den utgående servern (SMTP) %S stöder inte krypterade lösenord" },
    {
      lang: "th",
      text: "เซิร์ฟเวอร์ขาออก (SMTP) %S ไม่รองรับรหัสผ่านที่เข้ารหัสลับ หากคุณเพิ่งตั้งค่าบัญชีนี้ ให้ลองเปลี่ยน 'วิธีการรับรองความถูกต้อง' ใน 'การตั้งค่าบัญชี | เซิร์ฟเวอร์ขาออก (SMTP)' เป็น 'รหัสผ่านปกติ'",
    },
    { lang: "tr", text: "%S giden sunucusu (SMTP) şifrelenmiş parolaları desteklemiyor" },
    { lang: "uk", text: "Схоже, сервер вихідної пошти (SMTP) %S не підтримує зашифровані паролі" },
    {
      lang: "uz",
      text: "Chiquvchi server (SMTP) %S shifrlangan parollarni qo‘llab-quvvatlamaydiganga o‘xshaydi",
    },
    { lang: "vi", text: "Máy chủ gửi thư (SMTP) %S dường như không hỗ trợ mật khẩu được mã hóa" },
    { lang: "zh-CN", text: "发件服务器（SMTP） %S 似乎不支持加密过的密码" },
    { lang: "zh-TW", text: "%S 這台寄件伺服器 (SMTP) 可能不支援加密過的密碼" },
  ],
  smtpHintAuthPlainToEncrypt: [
    { lang: "af", text: "The Outgoing server (SMTP) %S does not allow plaintext passwords" },
    { lang: "ar", text: "لا يسم خادوم الصادر (SMTP)‏ %S بكلمات السر غير المُعمَّاة" },
    { lang: "bg", text: "Изходящият (SMTP) %S сървър изглежда не приема пароли от обикновен текст" },
    { lang: "br", text: "An dafariad kas (SMTP) %S ne skor ket ar gerioù-tremen e testenn blaen" },
    { lang: "ca", text: "El servidor de sortida (SMTP) %S no permet les contrasenyes de text net" },
    {
      lang: "cak",
      text: "Ri Ruk'uxasamaj elem (SMTP) %S achi'el man nuya' ta q'ij chi ke ri ewan taq tzij pa li'an cholan tzij",
    },
    { lang: "cs", text: "SMTP server %S nepodporuje nezašifrovaná hesla" },
    { lang: "cy", text: "Nid yw'r gweinydd Anfon (SMTP) %S yn caniatáu cyfrineiriau testun plaen" },
    { lang: "da", text: "SMTP-serveren %S tillader ikke ukrypterede adgangskoder" },
    {
      lang: "de",
      text: "Der SMTP-Server %S erlaubt die ungesicherte Übertragung des Passworts im Klartext nicht",
    },
    { lang: "dsb", text: "Wuchadny serwer (SMTP) %S njepódpěra gronidła z lutnego teksta" },
    {
      lang: "el",
      text: "Ο διακομιστής εξερχομένων (SMTP) %S δεν υποστηρίζει κωδικούς πρόσβασης απλού κειμένου",
    },
    { lang: "es-AR", text: "El servidor saliente (SMTP) %S no permite contraseñas en texto plano" },
    { lang: "es-ES", text: "El servidor de salida (SMTP) %S no admite contraseñas no cifradas" },
    { lang: "es-MX", text: "El servidor de salida (SMTP) %S no permite contraseñas en texto plano" },
    { lang: "et", text: "SMTP-server aadressil %S ei luba krüptimata kujul paroole" },
    { lang: "eu", text: "%S SMTP irteera zerbitzariak ez ditu pasahitzak testu garbian onartzen" },
    { lang: "fi", text: "Lähtevän postin palvelin (SMTP) %S ei hyväksy salaamattomia salasanoja" },
    { lang: "fr", text: "Le serveur sortant (SMTP) %S n’autorise pas les mots de passe non chiffrés" },
    { lang: "fy-NL", text: "De útgeande (SMTP-)server %S stiet gjin gebrûk fan plattetekstwachtwurden ta" },
    { lang: "ga-IE", text: "Ní cheadaíonn an freastalaí amach (SMTP) %S focail fhaire neamhchriptithe" },
    {
      lang: "gd",
      text: "Chan eil am frithealaiche a-mach (SMTP) %S a’ ceadachadh faclan-faire ann an teacsa lom",
    },
    { lang: "gl", text: "O servidor de saída (SMTP) %S non permite contrasinais en texto plano" },
    { lang: "hr", text: "Poslužitelj odlazne pošte (SMTP) %S ne dozvoljava obične lozinke" },
    { lang: "hsb", text: "Wuchadny serwer (SMTP) %S hesła z luteho teksta njepodpěruje" },
    {
      lang: "hu",
      text: "A levélküldő (SMTP) kiszolgáló (%S) nem engedi meg a sima szöveges jelszavak használatát",
    },
    {
      lang: "hy-AM",
      text: "Ելքային (SMTP) %S սպասարկիչը չի աջակցում չգաղտնագրված գաղտնաբառեր: Փորձեք փոփոխել 'Իսկորոշման եղանակը' 'Հաշվի կարգավորումներ | Ելքային սպասարկիչ (SMTP)'-ից 'Կոդավորված գատնաբառ'-ի:\\u0020",
    },
    { lang: "id", text: "Server Keluar (SMTP) %S tidak mengizinkan kata sandi plaintext" },
    { lang: "is", text: "Póstþjónn fyrir útsendan póst (SMTP) %S virðist ekki styðja ódulkóðuð lykilorð" },
    { lang: "it", text: "Il server in uscita (SMTP) %S non gestisce le password in testo semplice" },
    { lang: "ja", text: "送信 (SMTP) サーバー %S が平文のパスワードを許可していません" },
    { lang: "ka", text: "როგორც ჩანს, გამავალ სერვერზე (SMTP) %S არაა დაშვებული ტექსტური პაროლები" },
    { lang: "kab", text: "Aqeddac-inek uffiq (SMTP) %S ur isirig ara awalen uffiren s uḍris aččuran" },
    { lang: "kk", text: "%S шығыс пошта сервері (SMTP) ашық мәтін парольдерін қолдамайтын сияқты" },
    { lang: "ko", text: "%S SMTP 서버는 평문 비밀번호 사용을 허가하지 않습니다" },
    { lang: "lt", text: "Išsiuntimo (SMTP) serveris %S neleidžia nešifruotų slaptažodžių" },
    { lang: "lv", text: "Šķiet, ka izejošais serveris (SMTP) %S neatbalsta vienkārša teksta paroles" },
    { lang: "ms", text: "Pelayan keluar (SMTP) %S tidak mengizinkan kata laluan teks jelas" },
    { lang: "nb-NO", text: "Den utgående serveren (SMTP) %S tillater ikke passord i klartekst" },
    { lang: "nl", text: "De uitgaande (SMTP-)server %S staat geen gebruik van plattetekstwachtwoorden toe" },
    { lang: "nn-NO", text: "Utgåande server (SMTP) %S tillèt ikkje passord i rein tekst" },
    {
      lang: "pl",
      text: "Serwer „%S” poczty wychodzącej (SMTP) nie zezwala na uwierzytelnianie przy pomocy haseł przesyłanych otwartym tekstem",
    },
    { lang: "pt-BR", text: "O servidor de envio (SMTP) %S não permite senhas em texto puro" },
    { lang: "pt-PT", text: "O servidor de envio (SMTP) %S não permite palavras-passe em texto simples" },
    { lang: "rm", text: "Il server SMTP %S na permetta betg pleds-clav betg criptads" },
    { lang: "ro", text: "Serverul de trimitere (SMTP) %S nu permite parole în clar" },
    {
      lang: "ru",
      text: "Сервер исходящей почты (SMTP) «%S» не разрешает использование обычных текстовых паролей",
    },
    { lang: "sk", text: "Server pre odosielanie pošty (SMTP) %S nepovoľuje nezašifrované heslá" },
    { lang: "sl", text: "Odhodni strežnik (SMTP) %S ne dovoljuje gesel v golem besedilu" },
    { lang: "sq", text: "Shërbyesi dërgues (SMTP) %S nuk lejon fjalëkalime thjesht tekst" },
    { lang: "sr", text: "Одлазни (SMTP) сервер %S не дозвољава нешифроване лозинке" },
    { lang: "sv-SE", text: "Den utgående servern (SMTP) %S tillåter inte lösenord i klartext" },
    {
      lang: "th",
      text: "เซิร์ฟเวอร์ขาออก (SMTP) %S ไม่อนุญาตรหัสผ่านที่เป็นข้อความธรรมดา โปรดลองเปลี่ยน 'วิธีการรับรองความถูกต้อง' ใน 'การตั้งค่าบัญชี | เซิร์ฟเวอร์ขาออก (SMTP)' เป็น 'รหัสผ่านที่เข้ารหัสลับ'",
    },
    { lang: "tr", text: "%S giden sunucusu (SMTP) düz metin parolalara izin vermiyor" },
    { lang: "uk", text: "Сервер вихідної пошти (SMTP) %S не дозволяє використання звичайних паролів" },
    { lang: "uz", text: "Chiquvchi server (SMTP) %S faqat matndan iborat parollarni qo‘llab-quvvatlamaydi" },
    { lang: "vi", text: "Máy chủ gửi thư (SMTP) %S không cho phép mật khẩu văn bản thuần túy" },
    {
      lang: "zh-CN",
      text: "发件服务器（SMTP） %S 不允许明文密码。 请尝试将“账号设置 | 发件服务器（SMTP）”中的“验证方式”更改为“加密的密码”",
    },
    { lang: "zh-TW", text: "%S 這台寄件伺服器 (SMTP) 不接受未加密的密碼" },
  ],
  smtpPermSizeExceeded2: [
    {
      lang: "af",
      text: "Die grootte van die boodskap wat u probeer stuur, oorskry die globale beperking van die bediener",
    },
    { lang: "ar", text: "حجم الرسالة التي تحاول إرسالها يتجاوز حد الحجم العمومي للخادوم" },
    {
      lang: "ast",
      text: "The size of the message you are trying to send exceeds the global size limit of the server",
    },
    {
      lang: "bg",
      text: "Размерът на изпращаното от вас писмо надхвърля ограничението на сървъра за общ размер",
    },
    {
      lang: "br",
      text: "Dreist bevenn hollek ment an dafariad ez a ment ar gemennadenn emaoc'h o klask kas",
    },
    {
      lang: "ca",
      text: "La mida del missatge que proveu d'enviar excedeix la mida límit global del servidor",
    },
    { lang: "cak", text: "Ri runimilem tzijol natojtob'ej natäq nik'o rik'in ri chijun ruchi' k'uxasamaj" },
    {
      lang: "cs",
      text: "Velikost odesílané zprávy překročila na serveru nastavený globální velikostní limit",
    },
    {
      lang: "cy",
      text: "Mae maint y neges rydych yn ceisio ei hanfon yn fwy nag uchafswm eang dros dro'r gweinydd",
    },
    {
      lang: "da",
      text: "Størrelsen på den meddelelse, du er ved at sende, overstiger den generelle størrelsesgrænse på serveren",
    },
    {
      lang: "de",
      text: "Die Größe der zu sendenden Nachricht übersteigt das globale Größenlimit des Servers",
    },
    {
      lang: "dsb",
      text: "Wjelikosć powěsći, kótaruž wopytujośo słaś, pśekšaca globalny wjelikostny limit serwera",
    },
    {
      lang: "el",
      text: "Το μέγεθος του μηνύματος που προσπαθείτε να στείλετε υπερβαίνει το όριο μεγέθους του διακομιστή",
    },
    {
      lang: "es-AR",
      text: "El tamaño del mensaje que está intentando enviar excede el límite global del servidor",
    },
    {
      lang: "es-ES",
      text: "El tamaño del mensaje que está intentando enviar excede el límite global de tamaño del servidor",
    },
    {
      lang: "es-MX",
      text: "El tamaño del mensaje que estás tratando de enviar excede el límite del tamaño global del servidor",
    },
    { lang: "et", text: "Sinu kirja suurus ületab üldise suuruspiirangu" },
    { lang: "eu", text: "Bidaltzen saiatzen ari zaren mezuaren tamainak zerbitzariaren muga gainditzen du" },
    { lang: "fi", text: "Viestin, jota yritit lähettää, koko ylittää palvelimen kokorajoituksen viesteille" },
    { lang: "fr", text: "Le message que vous essayez d’envoyer excède la taille globale limite du serveur" },
    {
      lang: "fy-NL",
      text: "De grutte fan it berjocht dat jo ferstjoere wolle is grutter as de globale gruttelimyt fan de server",
    },
    {
      lang: "ga-IE",
      text: "Sháraíonn méid na teachtaireachta atá á seoladh agat teorainn uilíoch méide an fhreastalaí",
    },
    {
      lang: "gd",
      text: "Tha meud na teachdaireachd a tha thu airson a chur a' dol thairis air a' mheud uile-choitcheann as motha air an fhrithealaiche",
    },
    {
      lang: "gl",
      text: "O tamaño da mensaxe que desexa enviar excede o límite global de tamaño do servidor",
    },
    { lang: "he", text: "גודל ההודעה המועמדת לשליחה חורג ממגבלת הגודל הגלובלית של השרת" },
    {
      lang: "hr",
      text: "Veličina poruke koju pokušavate poslati prelazi globalno ograničenje veličine poslužitelja",
    },
    {
      lang: "hsb",
      text: "Wulkosć powěsće, kotruž pospytujeće słać, překročuje globalny wulkosćowy limit serwera",
    },
    {
      lang: "hu",
      text: "Az elküldeni kívánt üzenet mérete meghaladja a kiszolgáló által meghatározott globális méretkorlátot",
    },
    {
      lang: "hy-AM",
      text: "Նամակի չափը գերազանցում է սպասարկիչի գլոբալ սահմանափակումներին։ Նամակը չի ուղարկվել, փոխեք նամակի չափը և կրկին փորձեք։ Սպասարկիչի պատասխանը",
    },
    { lang: "id", text: "Ukuran pesan yang ingin Anda kirim melebihi batas maksimum ukuran global server" },
    { lang: "is", text: "Stærð póstsins sem þú ert að reyna að senda fer yfir hámarksstærð póstþjóns" },
    {
      lang: "it",
      text: "La dimensione del messaggio che si sta tentando di inviare supera il limite globale del server",
    },
    {
      lang: "ja",
      text: "送信メッセージのサイズがサーバーのサイズ制限を超えたため、メッセージを送信できませんでした",
    },
    {
      lang: "ka",
      text: "წერილის ზომა, რომლის გაგზავნასაც ცდილობთ, აჭარბებს სერვერზე დაშვებულ საერთო ზღვარს",
    },
    { lang: "kab", text: "Teɣzi n yizen i tettaɛraḍeḍ ad tezneḍ iɛedda talast n teɣzi taskudant n uqeddac" },
    {
      lang: "kk",
      text: "Сіз жібергіңіз келетін хабарламаның өлшемі сервердің глобалды өлшем шегінен асып тұр",
    },
    { lang: "ko", text: "보내시려는 메시지의 크기가 서버의 일반 크기 제한 보다 큽니다" },
    { lang: "lt", text: "Mėginamo išsiųsti laiško dydis viršija bendrąjį serverio leidžiamą dydžio limitą" },
    { lang: "lv", text: "Vēstules izmērs, ko mēģināt nosūt, pārsniedz servera globālo izmēra ierobežojumu" },
    { lang: "ms", text: "Saiz mesej yang anda cuba hantar melebihi had saiz global pelayan" },
    {
      lang: "nb-NO",
      text: "Størrelsen på meldingen du forsøker å sende er større enn maksstørrelsen på serveren",
    },
    {
      lang: "nl",
      text: "De grootte van het bericht dat u wilt verzenden overschrijdt de globalegroottelimiet van de server",
    },
    { lang: "nn-NO", text: "Storleiken på meldinga du freistar å senda er større enn maks" },
    {
      lang: "pl",
      text: "Rozmiar wysyłanej wiadomości przekracza globalny limit rozmiaru wiadomości na serwerze",
    },
    { lang: "pt-BR", text: "O tamanho da mensagem que você quer enviar excede o limite global do servidor" },
    {
      lang: "pt-PT",
      text: "O tamanho da mensagem que está a tentar enviar excede o limite global do servidor",
    },
    {
      lang: "rm",
      text: "Il messadi che ti vuls trametter surpassa la limita da grondezza globala dal server",
    },
    {
      lang: "ro",
      text: "Mărimea mesajului pe care încerci să-l trimiți depășește dimensiunea standard acceptată de server",
    },
    {
      lang: "ru",
      text: "Размер сообщения, которое вы пытаетесь отправить, превышает глобальный предел размера, допустимый сервером",
    },
    { lang: "sk", text: "Veľkosť správy, ktorú sa pokúšate odoslať, presiahla globálny limit servera" },
    { lang: "sl", text: "Velikost sporočila, ki ga poskušate poslati, presega splošno omejitev strežnika" },
    {
      lang: "sq",
      text: "Madhësia e mesazhit që po provoni të dërgoni tejkalon, cakun e përgjithshëm të shërbyesit për madhësitë",
    },
    {
      lang: "sr",
      text: "Величина поруке коју покушавате да пошаљете премашује опште ограничење величине на серверу",
    },
    {
      lang: "sv-SE",
      text: "Storleken på meddelandet du försöker skicka överskrider den globala storleksgränsen för servern",
    },
    {
      lang: "th",
      text: "ขนาดของข้อความที่คุณพยายามส่งเกินขีดจำกัดขนาดส่วนกลางของเซิร์ฟเวอร์ ข้อความไม่ถูกส่ง ลดขนาดข้อความและลองอีกครั้ง เซิร์ฟเวอร์ตอบกลับว่า:  %s",
    },
    { lang: "tr", text: "Göndermeyi denediğiniz iletinin boyutu sunucunun genel boyut sınırını aşıyor" },
    {
      lang: "uk",
      text: "Розмір повідомлення, яке ви намагаєтесь надіслати, перевищує глобальне обмеження розміру сервера",
    },
    { lang: "uz", text: "Jo‘natiladigan xabar hajmi serverning global hajm cheklovidan ortiqcha" },
    { lang: "vi", text: "Kích thước thư của bạn đang cố gửi vượt quá giới hạn kích thước chung của máy chủ" },
    { lang: "zh-CN", text: "您尝试发送的消息大小超过了全局大小限制。 消息未发送" },
    { lang: "zh-TW", text: "正在寄送的郵件超過了伺服器的大小上限。 郵件並未寄出" },
  ],
  startTlsFailed: [
    {
      lang: "af",
      text: "An error occurred while sending mail: Unable to establish a secure link with Outgoing server (SMTP) %S using STARTTLS since it doesn't advertise that feature",
    },
    {
      lang: "ar",
      text: "حصل خطأ أثناء إرسال البريد: تعذر إنشاء رابط آمن مع خادوم الصادر ‏(SMTP‏) %S باستخدام STARTTLS إذ إنه لا يعلن عن هذه الميزة",
    },
    {
      lang: "bg",
      text: "Възникна грешка при изпращане на пощата: Установяването на сигурна връзка с изходящия (SMTP) сървър %S е невъзможно, ако се използва STARTTLS, тъй като той не обявява тази особеност",
    },
    {
      lang: "br",
      text: "Fazi en ur gas ar gemennadenn : N'hall ket savelañ ur c'hennask diogel ouzh an dafariad SMTP %S en ur arverañ STARTTLS rak ne ginnig ket an arc'hwel-mañ",
    },
    {
      lang: "ca",
      text: "S'ha produït un error en enviar el correu: No s'ha pogut establir un enllaç segur amb el servidor de sortida (SMTP) %S utilitzant STARTTLS, atès que no fa conèixer la característica",
    },
    {
      lang: "cak",
      text: "Xk'ulwachitäj jun sachoj toq nitaq ri taqoya'l: Man xk'ulwachitäj ta jun ütz okem pa ri ruk'uxasamaj Elem (SMTP) %S toq nokisäx STARTTLS ruma man nuya' ta rutzijol ri samaj ri'",
    },
    {
      lang: "cs",
      text: "Při odesílání zprávy nastala chyba: Nelze se bezpečně připojit k SMTP serveru %S pomocí STARTTLS, protože server tuto možnost nepodporuje",
    },
    {
      lang: "cy",
      text: "Gwall wrth anfon e-bost: Methu sefydlu cysylltiad diogel gyda gweinydd Anfon (SMTP) %S drwy STARTTLS am nad yw'n hysbysu'r nodwedd hwnnw",
    },
    {
      lang: "da",
      text: "Der opstod en fejl ved afsendelse af meddelelsen: Kunne ikke etablere en sikker forbindelse med SMTP-serveren %S ved brug af STARTTLS, da den ikke fortæller, at den understøtter denne funktionalitet",
    },
    {
      lang: "de",
      text: "Fehler beim Senden der Nachricht: Eine sichere Verbindung mit dem SMTP-Server %S kann nicht mit STARTTLS aufgebaut werden, da der Server diese Funktion nicht angibt",
    },
    {
      lang: "dsb",
      text: "Pśi słanju mejlki jo zmólka nastała: Njejo móžno, wěsty wótkaz z wuchadnym serwerom (SMTP) %S z pomocu STARTTLS napóraś, dokulaž njepódpěra toś tu funkciju",
    },
    {
      lang: "el",
      text: "Προέκυψε σφάλμα κατά την αποστολή email: Δεν ήταν δυνατή η δημιουργία ασφαλούς σύνδεσης με τον διακομιστή εξερχομένων (SMTP) %S με χρήση STARTTLS, επειδή δεν κοινοποιεί αυτήν τη λειτουργία",
    },
    {
      lang: "en-CA",
      text: "An error occurred while sending mail: Unable to establish a secure link with Outgoing server (SMTP) %S using STARTTLS since it doesn’t advertise that feature",
    },
    {
      lang: "es-AR",
      text: "Hubo un error mientras se enviaba el correo: No se pudo establecer una conexión segura con el servidor SMTP %S usando STARTTLS porque no anuncia esa funcionalidad",
    },
    {
      lang: "es-ES",
      text: "Ha ocurrido un error al enviar el mensaje: no es posible establecer un enlace seguro con el servidor de salida (SMTP) %S usando STARTTLS ya que no anuncia ese mecanismo",
    },
    {
      lang: "et",
      text: "Kirja saatmisel esines viga: pole võimalik luua turvalist ühendust SMTP-serveriga %S, kasutades STARTTLSi, kuna see server ei toeta antud võimalust",
    },
    {
      lang: "eu",
      text: "Errore bat gertatu da posta bidaltzean: ezin da lotura segurua ezarri %S irteerako SMTP zerbitzariarekin STARTTLS erabiliz, ez baitu ezaugarri honen berri ematen",
    },
    {
      lang: "fi",
      text: "Postia lähetettäessä tapahtui virhe: SMTP-palvelimeen %S ei kyetty muodostamaan suojattua yhteyttä STARTTLS-käytännöllä, koska palvelin ei kerro tukevansa ominaisuutta",
    },
    {
      lang: "fr",
      text: "Une erreur est survenue lors de l’envoi de l’e-mail : impossible d’établir un lien sécurisé avec le serveur SMTP « %S » en utilisant « STARTTLS » puisqu’il ne propose pas cette fonctionnalité",
    },
    {
      lang: "fy-NL",
      text: "Der is in flater bard by it ferstjoeren fan e-mail: kin gjin befeilige ferbining mei útgeande (SMTP-)server %S ta stân bringe mei STARTTLS, omdat de server die funksje net oankundiget",
    },
    {
      lang: "ga-IE",
      text: "Tharla earráid agus ríomhphost á sheoladh: Níorbh fhéidir ceangal slán a bhunú leis an bhfreastalaí amach (SMTP) %S trí STARTTLS toisc nach dtacaíonn sé leis an ngné seo",
    },
    {
      lang: "gd",
      text: "Thachair mearachd le cur a' phuist: Cha ghabh ceangal tèarainte a stèidheachadh leis an fhrithealaiche a-mach (SMTP) %S le STARTTLS a chionn 's nach eil e a' sanasachd a' ghleus seo",
    },
    {
      lang: "gl",
      text: "Produciuse un erro ao enviar o correo: non foi posíbel estabelecer unha ligazón segura co servidor de saída (SMTP) %S utilizando STARTTLS xa que non se anunciou esta funcionalidade",
    },
    {
      lang: "hr",
      text: "Greška prilikom slanja pošte: nije moguće uspostaviti sigurnu vezu s poslužiteljem odlazne pošte (SMTP) %S koristeći STARTTLS, jer poslužitelj ne podržava ovu mogućnost",
    },
    {
      lang: "hsb",
      text: "Při słanju e-mejle je zmylk wustupił: Njeje móžno, wěsty zwisk z wuchadnym serwerom (SMTP) %S z pomocu STARTTLS wutworić, dokelž nima tu funkciju",
    },
    {
      lang: "hu",
      text: "Hiba történt a levél küldésekor: Nem sikerült kapcsolódni a(z) %S levélküldő (SMTP) kiszolgálóhoz a STARTTLS használatával, ugyanis az nem hirdeti ezt a funkciót",
    },
    {
      lang: "hy-AM",
      text: "Սխալ՝ նամակը ուղարկելիս: Հնարավոր չէ անվտանգ հղում հաստատել %S SMTP սպասարկիչի հետ՝ օգտագործելով STARTTLS։ Անջատեք STARTTLS-ը։",
    },
    {
      lang: "id",
      text: "Terjadi kesalahan saat mengirim email: Tidak dapat membuat tautan aman dengan Server keluar (SMTP) %S menggunakan STARTTLS karena tidak mengiklankan fitur itu",
    },
    {
      lang: "is",
      text: "Upp kom villa við að senda póst: Get ekki komið á öruggri tengingu við póstþjón (SMTP) %S með því að nota STARTTLS þar sem hann styður það ekki",
    },
    {
      lang: "it",
      text: "Si è verificato un errore durante l’invio della posta: Impossibile stabilire un collegamento sicuro con il server di posta in uscita (SMTP) %S utilizzando STARTTLS in quanto non supporta questa funzione",
    },
    {
      lang: "ja",
      text: "メールの送信前にエラーが発生しました: 送信 (SMTP) サーバー %S が STARTTLS をサポートしていないため、保護された接続を確立できませんでした",
    },
    {
      lang: "ka",
      text: "წარმოიქმნა შეცდომა წერილის გაგზავნისას: ვერ შედგა დაცული კავშირი გამავალ სერვერთან (SMTP) %S, რომლის მიერ გამოყენებული STARTTLS არ უზრუნველყოფს ამ შესაძლებლობას",
    },
    { lang: "kab", text: "Teḍra-d tuccda di tuzzna n yimayl" },
    {
      lang: "kk",
      text: "Поштаны жіберу кезінде қате орын алды: %S шығыс пошта серверімен (SMTP) STARTTLS қолданып қауіпсіз байланысты орнату мүмкін емес, өйткені сервер ондай мүмкіндігі туралы хабарламады",
    },
    {
      lang: "ko",
      text: "메일 보내는 중 오류가 발생했습니다. SMTP 서버(%S)에 STARTTLS를 통한 보안 연결을 할 수 없습니다",
    },
    {
      lang: "lt",
      text: "Klaida išsiunčiant laišką: nepavyko užmegzti saugaus ryšio su išsiuntimo (SMTP) serveriu %S, naudojant STARTTLS, nes serveris neskelbia apie tokią galimybę",
    },
    {
      lang: "lv",
      text: "Sūtot e-pastu, radās kļūda: Nevar izveidot drošu saiti ar izejošo serveri (SMTP) %S, izmantojot STARTTLS, jo tas neziņo par šo iespēju",
    },
    {
      lang: "ms",
      text: "Ada ralat semasa menghantar mel: Tidak dapat menyediakan sambungan yang selamat dengan pelayan Keluar (SMTP) %S menggunakan STARTTLS kerana tidak mempamerkan ciri berkenaan",
    },
    {
      lang: "nb-NO",
      text: "En feil oppstod ved sending av post: Klarte ikke å opprette en sikker kommunikasjonskanal mot SMTP-serveren %S med STARTTLS, siden den ikke støtter den funksjonen",
    },
    {
      lang: "nl",
      text: "Er is een fout opgetreden bij het verzenden van e-mail: kan geen beveiligde verbinding met uitgaande (SMTP-)server %S tot stand brengen met STARTTLS, aangezien de server die functie niet aankondigt",
    },
    {
      lang: "nn-NO",
      text: "Ein feil oppstod ved sending av post: Klarte ikkje å oppretta ein trygg kommunikasjonskanal mot SMTP-tenaren %S med STARTTLS, sidan han ikkje støttar den funksjonen",
    },
    {
      lang: "pl",
      text: "Wystąpił błąd podczas wysyłania wiadomości: nie udało się nawiązać bezpiecznego połączenia z serwerem „%S” poczty wychodzącej (SMTP) przy użyciu STARTTLS, jako że nie ogłasza on jego stosowania",
    },
    {
      lang: "pt-BR",
      text: "Ocorreu um erro ao enviar mensagem: não foi possível estabelecer uma conexão segura com o servidor de envio (SMTP) %S usando STARTTLS, uma vez que ele não anuncia esta funcionalidade",
    },
    {
      lang: "pt-PT",
      text: "Ocorreu um erro ao enviar o correio: não foi possível estabelecer uma ligação segura com o servidor de envio (SMTP) %S usando STARTTLS, uma vez que ele não anuncia esta funcionalidade",
    },
    {
      lang: "rm",
      text: "Errur cun trametter il messadi: Impussibel da stabilir ina connexiun segira al server SMTP %S cun utilisar STARTTLS perquai ch'il server n'inditgescha betg questa funcziunalitad",
    },
    {
      lang: "ro",
      text: "S-a produs o eroare la trimiterea de e-mail: Nu se poate stabili o conexiune sigură cu serverul de trimitere (SMTP) %S folosind STARTTLS pentru că serverul nu pare să suporte acest serviciu",
    },
    {
      lang: "ru",
      text: "Ошибка отправления почты: Не удалось установить защищённое соединение с сервером исходящей почты (SMTP) «%S» с использованием STARTTLS, так как он не заявил о поддержке этой возможности",
    },
    {
      lang: "sk",
      text: "Pri odosielaní správy sa vyskytla chyba: Nepodarilo sa nadviazať zabezpečené spojenie so serverom pre odosielanie pošty (SMTP) %S použitím STARTTLS, pretože túto funkciu nepodporuje",
    },
    {
      lang: "sl",
      text: "Pri pošiljanju pošte je prišlo do napake : ni mogoče vzpostaviti varne povezave z odhodnim strežnikom (SMTP) %S z uporabo STARTTLS, ker strežnik te možnosti ne podpira",
    },
    {
      lang: "sq",
      text: "Ndodhi një gabim gjatë dërgimit të postës: S’arrihet të vendoset lidhje e sigurt me shërbyesin Dërgues (SMTP) %S përmes STARTTLS-je, ngaqë s’thuhet gjë për këtë veçori",
    },
    {
      lang: "sr",
      text: "Догодила се грешка приликом слања поште: Не могу да успоставим безбедну везу са одлазним (SMTP) сервером %S користећи STARTTLS зато што сервер не објављује подршку за то",
    },
    {
      lang: "sv-SE",
      text: "Ett fel uppstod när e-post skulle skickas: Det går inte att upprätta en säker länk till utgående server (SMTP) %S med STARTTLS eftersom den inte annonserat den funktionen",
    },
    {
      lang: "th",
      text: "เกิดข้อผิดพลาดขณะส่งจดหมาย: ไม่สามารถสร้างลิงก์ที่ปลอดภัยกับเซิร์ฟเวอร์ขาออก (SMTP) %S โดยใช้ STARTTLS เนื่องจากไม่ได้โฆษณาคุณลักษณะนั้น ปิด STARTTLS สำหรับเซิร์ฟเวอร์นั้นหรือติดต่อผู้ให้บริการของคุณ",
    },
    {
      lang: "tr",
      text: "Posta gönderirken bir hata meydana geldi: STARTTLS kullanılarak %S SMTP sunucusuyla güvenli bir bağlantı sağlanamadı, çünkü sunucu bu özelliği sunmuyor",
    },
    {
      lang: "uk",
      text: "Виникла помилка при надсиланні пошти: Не вдалося встановити безпечний зв'язок з сервером вихідної пошти (SMTP) %S з використанням STARTTLS, тому що він не заявив про підтримку такої можливості",
    },
    {
      lang: "uz",
      text: "Xat jo‘natilayotganda xatolik yuz berdi: STARTTLS xususiyatlarini reklama qilmaganidan boshlab undan foydalanib chiquvchi server (SMTP) %S bilan xavfsiz bog‘lanish o‘rnatib bo‘lmadi",
    },
    {
      lang: "vi",
      text: "Đã xảy ra lỗi khi gửi thư: Không thể thiết lập liên kết an toàn với máy chủ gửi thư (SMTP) %S bằng cách sử dụng STARTTLS vì nó không sử dụng tính năng đó",
    },
    {
      lang: "zh-CN",
      text: "发送邮件时出错：无法与发件服务器（SMTP） %S 使用 STARTTLS 建立安全连接，因为它不宣称支持此功能",
    },
    {
      lang: "zh-TW",
      text: "寄送郵件時發生錯誤：寄件伺服器（SMTP）%S 並未宣稱有 STARTTLS 功能，故無法以 STARTTLS 建立安全連線",
    },
  ],
  noRecipients: [
    { lang: "af", text: "Geen ontvangers is gespesifiseer nie" },
    { lang: "ar", text: "لم تُحدَّد أية مستلمين. من فضلك أدخل مستلما أو مجموعة أخبار في منطقة العنوان" },
    { lang: "ast", text: "Nun s'especificaron destinatarios" },
    { lang: "be", text: "Атрымальнікі не вызначаны" },
    { lang: "bg", text: "Не са определени получатели" },
    {
      lang: "br",
      text: "Degemerer erspizet ebet. Enankit un degemerer pe ur strollad-keleier war maezienn ar chomlec'h",
    },
    { lang: "ca", text: "No s'ha indicat cap destinatari" },
    { lang: "cak", text: "Man xejikib'äx ta k'ulunela'" },
    { lang: "cs", text: "Nebyl zadán příjemce. Zadejte prosím příjemce nebo diskusní skupinu" },
    { lang: "cy", text: "Heb enwi derbynwyr. Rhowch dderbynnydd neu grŵp newyddion yn y maes cyfeirio" },
    {
      lang: "da",
      text: "Ingen modtagere angivet. Tilføj en mailmodtager eller nyhedsgruppe i adressefeltet",
    },
    { lang: "de", text: "Kein Empfänger angegeben" },
    {
      lang: "dsb",
      text: "Žedne dostawarje pódane. Zapódajśo pšosym dostawarja abo dislusijnu kupku do adresowego póla",
    },
    { lang: "el", text: "Δεν ορίστηκαν παραλήπτες" },
    { lang: "en-CA", text: "No recipients were specified" },
    { lang: "es-AR", text: "No se especificaron destinatarios" },
    { lang: "et", text: "Adressaate pole määratud" },
    { lang: "eu", text: "Ez da hartzailerik zehaztu" },
    { lang: "fi", text: "Yhtään vastaanottajaa ei ole annettu" },
    { lang: "fr", text: "Aucun destinataire spécifié" },
    { lang: "fy-NL", text: "Der binne gjin ûntfangers opjûn" },
    { lang: "ga-IE", text: "Níor sonraíodh faighteoir ar bith" },
    { lang: "gd", text: "Cha deach faightearan a shònrachadh" },
    { lang: "gl", text: "Non se especificaron destinatarios" },
    {
      lang: "hr",
      text: "Primatelj nije odabran. Unesite primatelja ili interesnu grupu u područje za adresiranje",
    },
    { lang: "hsb", text: "Njebuchu žani přijimarjo podaći" },
    { lang: "hu", text: "Nincs címzett megadva. Írjon be egy címzettet vagy hírcsoportot a címmezőbe" },
    { lang: "hy-AM", text: "Ստացողները նշված չեն։ Նշեք, թե ում եք ուղարկում այս նամակը։" },
    { lang: "id", text: "Tidak ada penerima yang disebutkan" },
    { lang: "is", text: "Engir viðtakendur voru skilgreindir" },
    { lang: "it", text: "Non sono stati specificati destinatari" },
    {
      lang: "ja",
      text: "受信者が指定されていません。 アドレス入力欄に宛先のアドレスや投稿先のニュースグループを入力してください",
    },
    {
      lang: "ka",
      text: "მიმღები არაა მითითებული. გთხოვთ, მიუთითოთ მიმღები, ან სასაუბრო ჯგუფი მისამართების ველში",
    },
    { lang: "kab", text: "Ulac iɣerwaḍen d-ittunefken" },
    { lang: "kk", text: "Алушылар көрсетілмеді. Адрес өрісіне алушыны немесе жаңалықтар тобын енгізіңіз" },
    { lang: "ko", text: "받는 사람이 없습니다. 받는 사람 또는 뉴스 그룹을 입력해 주십시오" },
    { lang: "lt", text: "Nenurodytas gavėjas. Adresavimo lauke nurodykite gavėją arba naujienų grupę" },
    { lang: "lv", text: "Nav norādīti adresāti. Lūdzu, adreses laukā ievadiet adresātu vai ziņu grupu" },
    { lang: "ms", text: "Tiada penerima yang dinyatakan" },
    { lang: "nb-NO", text: "Ingen mottakere er angitt" },
    { lang: "nl", text: "Er zijn geen ontvangers opgegeven" },
    { lang: "nn-NO", text: "Ingen mottakarar er spesifiserte" },
    { lang: "pl", text: "Nie określono żadnego adresata" },
    { lang: "pt-BR", text: "Nenhum destinatário foi especificado" },
    { lang: "pt-PT", text: "Não especificou qualquer destinatário" },
    { lang: "rm", text: "Betg inditgà in destinatur" },
    { lang: "ro", text: "Niciun destinatar specificat" },
    { lang: "ru", text: "Не был указан адресат. Укажите адресата или группу новостей в строке адреса" },
    {
      lang: "sk",
      text: "Neuvedení adresáti. Zadajte adresáta do riadku Komu alebo diskusnú skupinu do riadku Diskusná skupina",
    },
    { lang: "sl", text: "Prejemniki niso bili navedeni" },
    {
      lang: "sq",
      text: "Nuk u dhanë marrës. Ju lutemi, jepni te fusha e adresave një marrës ose një grup lajmesh",
    },
    { lang: "sr", text: "Ниједан прималац није наведен" },
    { lang: "sv-SE", text: "Det finns inga mottagare angivna" },
    { lang: "th", text: "ไม่ได้ระบุผู้รับ โปรดป้อนผู้รับหรือกลุ่มข่าวในพื้นที่การกำหนดที่อยู่" },
    { lang: "tr", text: "Alıcı belirtilmedi. Adres alanında bir alıcı veya haber grubu girin" },
    { lang: "uk", text: "Не вказано отримувача. Введіть отримувача або групу новин у полі адреси" },
    { lang: "uz", text: "Qabul qiluvchilar ko‘rsatilmagan" },
    { lang: "vi", text: "Không có người nhận nào được chỉ định" },
    { lang: "zh-CN", text: "没有指定收件人。 请在地址区域输入一个收件人或者新闻组" },
    { lang: "zh-TW", text: "未指定收件者，請在地址欄中輸入收件者或新聞群組地址" },
  ],
};

/** The language packs' files the messages come from, one citation per language. */
function thunderbirdSources(keys: readonly ThunderbirdKey[]): string {
  const langs = [...new Set(keys.flatMap((k) => THUNDERBIRD_MESSAGES[k].map((m) => m.lang)))];
  return langs
    .map(
      (lang) =>
        `thunderbird/thunderbird-l10n ${lang}/mail/chrome/messenger/messengercompose/composeMsgs.properties (Debian thunderbird-l10n-${lang.toLowerCase()} 1:153.8.0esr-1~deb12u1; ${keys.join(", ")})`,
    )
    .join("; ");
}

/** Thunderbird's messages of these keys, in every language it ships, as the wording of one cause. */
export function thunderbirdWording(
  cause: CauseId,
  keys: readonly ThunderbirdKey[],
  confidence: number,
  example: string,
): ReplyPattern {
  const texts = keys.flatMap((k) => THUNDERBIRD_MESSAGES[k]);
  return tableWording(cause, texts, confidence, example, thunderbirdSources(keys));
}
