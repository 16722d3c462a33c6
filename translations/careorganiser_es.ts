<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>About</name>
        <message>
            <location filename="../src/careorganiser/ui/about.py" line="+50" />
            <source>About Care Organiser</source>
            <translation>Acerca de Care Organiser</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Care Organiser {version}</source>
            <translation>Care Organiser {version}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>An offline organiser for family caregivers. Your records stay on this computer; nothing is sent anywhere.</source>
            <translation>Un organizador sin conexión para familiares cuidadores. Sus registros se quedan en este equipo; no se envía nada a ninguna parte.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Your records are kept in this folder:</source>
            <translation>Sus registros se guardan en esta carpeta:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Data folder</source>
            <translation>Carpeta de datos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Open the data folder</source>
            <translation>&amp;Abrir la carpeta de datos</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Fonts and libraries shipped with Care Organiser, and their licences:</source>
            <translation>Fuentes y bibliotecas incluidas en Care Organiser, y sus licencias:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Fonts and libraries</source>
            <translation>Fuentes y bibliotecas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Licence</source>
            <translation>Licencia</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Licence text</source>
            <translation>Texto de la licencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reading the list…</source>
            <translation>Leyendo la lista…</translation>
        </message>
        <message>
            <location line="+24" />
            <source>The list of libraries could not be read.</source>
            <translation>No se pudo leer la lista de bibliotecas.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>{name}: {licence}</source>
            <translation>{name}: {licence}</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../src/careorganiser/app.py" line="+76" />
            <source>There is no display to open the window on. The commands work without one: careorganiser --help lists them.</source>
            <translation>No hay pantalla en la que abrir la ventana. Las órdenes funcionan sin ella: careorganiser --help las enumera.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>--passphrase-stdin opens the profile named with --profile NAME</source>
            <translation>--passphrase-stdin abre el perfil indicado con --profile NOMBRE</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <location filename="../src/careorganiser/ui/application.py" line="+246" />
            <source>Profile in use</source>
            <extracomment>After the first reminder check, the rest of the write path is made ready this much later, in idle time. How long opening a profile waits for a command that is writing it (seconds); the GUI waits meanwhile. Asks the person; handed to every window and context this controller makes. Text typed and not saved when the window last closed for a lock or a restore: (profile file, drafts). Forms the lock closed with text typed in them (told about after the passphrase), and the profile the prompter's kept forms belong to. Starts answering later launches (``SingleInstance.listen``): once a window is up, not before.</extracomment>
            <translation>Perfil en uso</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Switch profile</source>
            <translation>Cambiar de perfil</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Care Organiser was started again for “{name}”. Close “{current}” and switch to it?</source>
            <translation>Care Organiser se volvió a abrir para “{name}”. ¿Cerrar “{current}” y cambiar a ese perfil?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Switch</source>
            <translation>Cambiar</translation>
        </message>
        <message>
            <location line="+154" />
            <source>When the screen locked, the form “{form}” was open and not saved. What you typed in it is kept until Care Organiser closes: open “{form}” again and it is filled in as you left it.</source>
            <translation>Cuando se bloqueó la pantalla, el formulario “{form}” estaba abierto y sin guardar. Lo que escribió en él se conserva hasta que Care Organiser se cierre: abra “{form}” de nuevo y se rellenará tal como lo dejó.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What you typed:</source>
            <translation>Lo que escribió:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not saved yet</source>
            <translation>Todavía sin guardar</translation>
        </message>
        <message>
            <location line="+109" />
            <source>The automatic backup failed: {error}</source>
            <translation>La copia de seguridad automática falló: {error}</translation>
        </message>
        <message>
            <location line="+103" />
            <source>&amp;Larger text</source>
            <translation>Texto más &amp;grande</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Smaller text</source>
            <translation>Texto más &amp;pequeño</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Normal text size</source>
            <translation>Tamaño de texto &amp;normal</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Care Organiser is already running, but did not answer. Close it (or wait a moment) and try again.</source>
            <translation>Care Organiser ya está abierto, pero no respondió. Ciérrelo (o espere un momento) e inténtelo de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>AppointmentForms</name>
        <message>
            <location filename="../src/careorganiser/ui/appointments/forms.py" line="+111" />
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+75" />
            <source>New appointment</source>
            <translation>Cita nueva</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Change appointment</source>
            <translation>Cambiar la cita</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+1" />
            <source>Date of the appointment</source>
            <translation>Fecha de la cita</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Date:</source>
            <translation>&amp;Fecha:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>for example 10:30</source>
            <translation>por ejemplo 10:30</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Time:</source>
            <translation>&amp;Hora:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Time of the appointment</source>
            <translation>Hora de la cita</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For example 14:30 or 2pm.</source>
            <translation>Por ejemplo 14:30.</translation>
        </message>
        <message>
            <location line="+4" />
            <source> minutes</source>
            <translation> minutos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not known</source>
            <translation>no se sabe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>D&amp;uration:</source>
            <translation>D&amp;uración:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Duration in minutes</source>
            <translation>Duración en minutos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>— not recorded —</source>
            <translation>— sin registrar —</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <source>Clinician</source>
            <translation>Profesional</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;With:</source>
            <translation>&amp;Con:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>for example Chest clinic, St Mary's Hospital</source>
            <translation>por ejemplo Neumología, Hospital San Juan</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Place:</source>
            <translation>&amp;Lugar:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>for example ILD review</source>
            <translation>por ejemplo revisión de EPI</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Purp&amp;ose:</source>
            <translation>M&amp;otivo:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Purpose</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Notes:</source>
            <translation>&amp;Notas:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What to bring, who to ask for…</source>
            <translation>Qué llevar, por quién preguntar…</translation>
        </message>
    </context>
    <context>
        <name>AppointmentOutcome</name>
        <message>
            <location filename="../src/careorganiser/ui/appointments/outcome.py" line="+55" />
            <source>O&amp;utcome: what was found and decided</source>
            <translation>R&amp;esultado: qué se vio y qué se decidió</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Outcome of the appointment</source>
            <translation>Resultado de la cita</translation>
        </message>
        <message>
            <location line="+19" />
            <source>&amp;Save outcome and answers</source>
            <translation>&amp;Guardar resultado y respuestas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the outcome and the answers</source>
            <translation>Guardar el resultado y las respuestas</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Choose an appointment in the agenda to record what happened.</source>
            <translation>Elija una cita de la agenda para anotar lo que pasó.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>After {appointment}: write what was decided and the answers you got.</source>
            <translation>Después de {appointment}: escriba lo que se decidió y las respuestas que le dieron.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{appointment} has not happened yet. Fill this in during or after the visit.</source>
            <translation>{appointment} aún no ha pasado. Rellene esto durante la visita o después.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No questions were planned for this appointment. Add them under Questions.</source>
            <translation>No se planearon preguntas para esta cita. Añádalas en Preguntas.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Answers to the questions for this appointment (leave a box empty if it was not answered):</source>
            <translation>Respuestas a las preguntas de esta cita (deje la casilla vacía si no se respondió):</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Answer to: {question}</source>
            <translation>Respuesta a: {question}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the answer, in your own words</source>
            <translation>la respuesta, con sus palabras</translation>
        </message>
    </context>
    <context>
        <name>Appointments</name>
        <message>
            <location filename="../src/careorganiser/services/appointments.py" line="+71" />
            <source>Give a date without a time.</source>
            <translation>Indique una fecha sin hora.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter the date, for example 3 Dec 2026.</source>
            <translation>Escriba la fecha, por ejemplo 3 dic 2026.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This is not a date. Write it like 3 Dec 2026 or 2026-12-03.</source>
            <translation>Esto no es una fecha. Escríbala como 3 dic 2026 o 2026-12-03.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>There is no such day as “{text}” in the calendar.</source>
            <translation>No existe el día “{text}” en el calendario.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“{text}” is not a date. Write it like 3 Dec 2026, 03/12/2026 or 2026-12-03.</source>
            <translation>“{text}” no es una fecha. Escríbala como 3 dic 2026, 03/12/2026 o 2026-12-03.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Enter the time, for example 10:30.</source>
            <translation>Escriba la hora, por ejemplo 10:30.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This is not a time of day. Write it like 10:30.</source>
            <translation>Esto no es una hora del día. Escríbala como 10:30.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“{text}” is not a time of day. Use hours 0 to 23 and minutes 0 to 59, for example 14:30 or 2pm.</source>
            <translation>“{text}” no es una hora del día. Use horas de 0 a 23 y minutos de 0 a 59, por ejemplo 14:30.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Purpose</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+4" />
            <location line="+5" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pickup address</source>
            <translation>Dirección de recogida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Destination</source>
            <translation>Destino</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Topic</source>
            <translation>Tema</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answer</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location line="+26" />
            <source>That contact is no longer in the care circle. Choose another, or none.</source>
            <translation>Ese contacto ya no está en el círculo de cuidado. Elija otro o ninguno.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Give the duration as a whole number of minutes, for example 45.</source>
            <translation>Indique la duración en minutos enteros, por ejemplo 45.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The duration cannot be negative.</source>
            <translation>La duración no puede ser negativa.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The duration must be less than a day (at most {limit} minutes).</source>
            <translation>La duración debe ser de menos de un día (como máximo {limit} minutos).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Choose an appointment from the list.</source>
            <translation>Elija una cita de la lista.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+20" />
            <location line="+88" />
            <source>That appointment no longer exists.</source>
            <translation>Esa cita ya no existe.</translation>
        </message>
        <message>
            <location line="-38" />
            <source>Enter the date of the appointment, for example 3 Dec 2026.</source>
            <translation>Escriba la fecha de la cita, por ejemplo 3 dic 2026.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter the time of the appointment, for example 10:30.</source>
            <translation>Escriba la hora de la cita, por ejemplo 10:30.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <location line="+116" />
            <location line="+125" />
            <location line="+14" />
            <source>That ride no longer exists.</source>
            <translation>Ese traslado ya no existe.</translation>
        </message>
        <message>
            <location line="-125" />
            <source>Choose the ride's status: needed, asked, confirmed, done or cancelled.</source>
            <translation>Elija el estado del traslado: hace falta, pedido, confirmado, hecho o cancelado.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>That appointment no longer exists. Choose another, or make this a ride on its own.</source>
            <translation>Esa cita ya no existe. Elija otra o deje este traslado sin cita.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter the day of the pickup, for example 3 Dec 2026.</source>
            <translation>Escriba el día de la recogida, por ejemplo 3 dic 2026.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pickup day</source>
            <translation>Día de recogida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter the pickup time, for example 09:30.</source>
            <translation>Escriba la hora de recogida, por ejemplo 09:30.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pickup time</source>
            <translation>Hora de recogida</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The pickup must be before the appointment starts ({when}).</source>
            <translation>La recogida debe ser antes de que empiece la cita ({when}).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Enter where the ride goes.</source>
            <translation>Escriba adónde va el traslado.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Return day</source>
            <translation>Día de vuelta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pickup for the way back</source>
            <translation>Recogida para la vuelta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The return pickup must be after the pickup ({when}).</source>
            <translation>La recogida de vuelta debe ser después de la recogida de ida ({when}).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The return pickup must be after the appointment starts ({when}).</source>
            <translation>La recogida de vuelta debe ser después del comienzo de la cita ({when}).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>A confirmed ride names its driver: choose who drives, or choose another status.</source>
            <translation>Un traslado confirmado indica su conductor: elija quién conduce o elija otro estado.</translation>
        </message>
    </context>
    <context>
        <name>AppointmentsPage</name>
        <message>
            <location filename="../src/careorganiser/ui/appointments/actions.py" line="+21" />
            <source>&amp;New appointment…</source>
            <translation>&amp;Nueva cita…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New appointment</source>
            <translation>Cita nueva</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit appointment…</source>
            <translation>&amp;Editar cita…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit the selected appointment</source>
            <translation>Editar la cita seleccionada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete appointment</source>
            <translation>E&amp;liminar cita</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the selected appointment</source>
            <translation>Eliminar la cita seleccionada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prepare &amp;pack…</source>
            <translation>Preparar &amp;dosier…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prepare the appointment pack for the selected appointment</source>
            <translation>Preparar el dosier de la cita seleccionada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A PDF to print and take to the appointment</source>
            <translation>Un PDF para imprimir y llevar a la cita</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New ride on its o&amp;wn…</source>
            <translation>Traslado &amp;suelto…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New ride that is not for an appointment</source>
            <translation>Traslado nuevo que no es para una cita</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/appointments/agenda.py" line="+47" />
            <source>&amp;Agenda: coming appointments first, the soonest at the top; then past ones</source>
            <translation>&amp;Agenda: primero las próximas citas, la más cercana arriba; luego las pasadas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/appointments/month.py" line="+45" />
            <source>Pick a da&amp;y to see only its appointments:</source>
            <translation>Elija un día para &amp;ver solo sus citas:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Month view</source>
            <translation>Vista del mes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Days with an appointment are bold on blue; days with a ride are underlined. Pick a day to see only its appointments.</source>
            <translation>Los días con cita van en negrita sobre azul; los días con traslado van subrayados. Elija un día para ver solo sus citas.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/appointments/wording.py" line="+132" />
            <source>&lt;b&gt;Bold on blue&lt;/b&gt;: an appointment. &lt;u&gt;Underlined&lt;/u&gt;: a ride.</source>
            <translation>&lt;b&gt;Negrita sobre azul&lt;/b&gt;: una cita. &lt;u&gt;Subrayado&lt;/u&gt;: un traslado.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/appointments/month.py" line="+13" />
            <source>Show a&amp;ll dates</source>
            <translation>&amp;Mostrar todas las fechas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the appointments of all dates</source>
            <translation>Mostrar las citas de todas las fechas</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/appointments/actions.py" line="+17" />
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Rides there and back</source>
            <translation>&amp;Traslados de ida y vuelta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>After the appoint&amp;ment</source>
            <translation>Después de la &amp;cita</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rides on &amp;their own</source>
            <translation>Traslados s&amp;ueltos</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/appointments/page.py" line="+108" />
            <source>Rides</source>
            <extracomment>A change to the contacts (a clinician's name) or to rides not named by appointment reads the agenda again.</extracomment>
            <translation>Traslados</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Appointments &amp; rides</source>
            <translation>Citas y traslados</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/appointments/agenda.py" line="-23" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What and where</source>
            <translation>Qué y dónde</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ride</source>
            <translation>Traslado</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/appointments/wording.py" line="-71" />
            <source>{place}, with {clinician}</source>
            <translation>{place}, con {clinician}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>with {clinician}</source>
            <translation>con {clinician}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(no details)</source>
            <translation>(sin detalles)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>now</source>
            <translation>ahora</translation>
        </message>
        <message>
            <location line="+2" />
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message>
            <location line="+2" />
            <source>tomorrow</source>
            <translation>mañana</translation>
        </message>
        <message>
            <location line="+2" />
            <source>in {days} days</source>
            <translation>dentro de {days} días</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No ride planned</source>
            <translation>Sin traslado previsto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ride needed</source>
            <translation>Hace falta traslado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Asked {driver}, not confirmed</source>
            <translation>Pedido a {driver}, sin confirmar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Asked, not confirmed</source>
            <translation>Pedido, sin confirmar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Confirmed: {driver}</source>
            <translation>Confirmado: {driver}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A ride is needed and nobody has been asked yet.</source>
            <translation>Hace falta un traslado y aún no se ha pedido a nadie.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Someone was asked to drive but has not confirmed yet.</source>
            <translation>Se pidió a alguien que conduzca, pero aún no lo ha confirmado.</translation>
        </message>
        <message>
            <location line="-70" />
            <source>Coming ({count})</source>
            <translation>Próximas ({count})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Past ({count})</source>
            <translation>Pasadas ({count})</translation>
        </message>
        <message>
            <location line="+76" />
            <source>Showing {day} only.</source>
            <translation>Solo se muestra el {day}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No appointments on {day}. Pick another day, or use “New appointment” to add one on this day.</source>
            <translation>No hay citas el {day}. Elija otro día o use “Nueva cita” para añadir una ese día.</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Showing all dates.</source>
            <translation>Se muestran todas las fechas.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No appointments yet. Use “New appointment” (Ctrl+N) to add the next one, with its date, time and place.</source>
            <translation>Aún no hay citas. Use “Nueva cita” (Ctrl+N) para añadir la próxima, con su fecha, hora y lugar.</translation>
        </message>
        <message numerus="yes">
            <location line="+23" />
            <source>%n appointment(s)</source>
            <translation>
                <numerusform>%n cita</numerusform>
                <numerusform>%n citas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n ride(s)</source>
            <translation>
                <numerusform>%n traslado</numerusform>
                <numerusform>%n traslados</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/appointments/page.py" line="+175" />
            <source>Rides moved too</source>
            <translation>Traslados movidos también</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/appointments/wording.py" line="+15" />
            <source>The rides for this appointment moved with it to the new time. A ride that was confirmed is now “asked” again: let the driver know the new time, then mark it confirmed.</source>
            <translation>Los traslados de esta cita se movieron con ella a la nueva hora. Un traslado que estaba confirmado vuelve a estar “pedido”: avise al conductor de la nueva hora y luego márquelo como confirmado.</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Its rides go with it.</source>
            <translation>Sus traslados se eliminan con ella.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Its questions will show under “Not planned yet”.</source>
            <translation>Sus preguntas aparecerán en “Aún sin planificar”.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the appointment on {what}?</source>
            <translation>¿Eliminar la cita del {what}?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You can undo this.</source>
            <translation>Puede deshacerlo.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/appointments/page.py" line="+10" />
            <location line="+5" />
            <source>Delete appointment</source>
            <translation>Eliminar cita</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Deleted the appointment on {what}.</source>
            <translation>Se eliminó la cita del {what}.</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <location filename="../src/careorganiser/services/backup.py" line="+122" />
            <source>“{name}” is not a Care Organiser profile.</source>
            <translation>“{name}” no es un perfil de Care Organiser.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>{path} is not a file (a folder, a device or a pipe), so it is not a backup.</source>
            <translation>{path} no es un archivo (es una carpeta, un dispositivo o una tubería), así que no es una copia de seguridad.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no file {path}</source>
            <translation>No existe el archivo {path}</translation>
        </message>
        <message>
            <location line="+31" />
            <location line="+17" />
            <source>{path} is not a Care Organiser backup.</source>
            <translation>{path} no es una copia de seguridad de Care Organiser.</translation>
        </message>
        <message>
            <location line="-15" />
            <location line="+12" />
            <source>The backup {path} is damaged ({detail}); choose another one.</source>
            <translation>La copia de seguridad {path} está dañada ({detail}); elija otra.</translation>
        </message>
        <message>
            <location line="-7" />
            <source>This backup is protected by a passphrase.</source>
            <translation>Esta copia de seguridad está protegida con una frase de contraseña.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>That passphrase does not open this backup.</source>
            <translation>Esa frase de contraseña no abre esta copia de seguridad.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{path} was saved by a newer version of Care Organiser.</source>
            <translation>{path} lo guardó una versión más reciente de Care Organiser.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>This backup could not be brought up to date ({error}); nothing was changed.</source>
            <translation>Esta copia de seguridad no se pudo actualizar ({error}); no se cambió nada.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>“{name}” has changes that were not yet written into its file; open it once with its own passphrase, then restore.</source>
            <translation>“{name}” tiene cambios que aún no se escribieron en su archivo; ábralo una vez con su propia frase de contraseña y luego restaure.</translation>
        </message>
        <message>
            <location line="+53" />
            <source>nothing</source>
            <translation>nada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rescued into “{name}”: {got}.</source>
            <translation>Rescatado en “{name}”: {got}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The changes saved last, still in {file} beside the damaged file, were read too.</source>
            <translation>Los cambios guardados en último lugar, aún en {file} junto al archivo dañado, también se leyeron.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unreadable parts skipped in: {tables}.</source>
            <translation>Partes ilegibles omitidas en: {tables}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Left out because what they belonged to was lost: {rows}.</source>
            <translation>Se dejaron fuera porque se perdió aquello a lo que pertenecían: {rows}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nothing could be read from: {tables}.</source>
            <translation>No se pudo leer nada de: {tables}.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/store/backups.py" line="+178" />
            <source>{path} already exists.</source>
            <extracomment>An automatic copy is made when the newest one is older than this.</extracomment>
            <translation>{path} ya existe.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>The profile is damaged ({problems}), so no backup was made from it: a copy of the damage is not a backup. Restore the newest good backup, or try to rescue what can be read.</source>
            <translation>El perfil está dañado ({problems}), así que no se hizo una copia de seguridad de él: una copia del daño no es una copia de seguridad. Restaure la copia buena más reciente o intente rescatar lo que se pueda leer.</translation>
        </message>
    </context>
    <context>
        <name>CaregiverBox</name>
        <message>
            <location filename="../src/careorganiser/ui/person/caregiver_box.py" line="+17" />
            <location line="+3" />
            <source>Caregiver</source>
            <translation>Cuidador</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Who looks after the person and answers the phone about them. The ride sheet tells the driver to call this number if something goes wrong.</source>
            <translation>Quien cuida a la persona y atiende el teléfono sobre ella. La hoja de traslado indica al conductor que llame a este número si algo sale mal.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Caregiver's name</source>
            <translation>Nombre del cuidador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Ruth Hale</source>
            <translation>p. ej. Rut López</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Caregiver's phone</source>
            <translation>Teléfono del cuidador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 07700 900123</source>
            <translation>p. ej. 600 123 456</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Caregiver's na&amp;me:</source>
            <translation>No&amp;mbre del cuidador:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Caregiver's p&amp;hone:</source>
            <translation>&amp;Teléfono del cuidador:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save &amp;caregiver</source>
            <translation>Guardar &amp;cuidador</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the caregiver</source>
            <translation>Guardar el cuidador</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No caregiver: the ride sheet lists the family contacts.</source>
            <translation>Sin cuidador: la hoja de traslado muestra los contactos de la familia.</translation>
        </message>
    </context>
    <context>
        <name>Caregivers</name>
        <message>
            <location filename="../src/careorganiser/services/caregivers.py" line="+33" />
            <source>That contact no longer exists.</source>
            <translation>Ese contacto ya no existe.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>carer</source>
            <translation>cuidador</translation>
        </message>
        <message>
            <location line="+26" />
            <source>That person is not one of the caregivers.</source>
            <translation>Esa persona no es uno de los cuidadores.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/caregivers.py" line="+67" />
            <location line="+7" />
            <source>Add a caregiver</source>
            <translation>Añadir un cuidador</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Name of the person who shares the care (someone in Contacts, or a new contact):</source>
            <translation>Nombre de la persona que comparte el cuidado (alguien de Contactos o un contacto nuevo):</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Who’s &amp;here:</source>
            <translation>&amp;Quién está:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Who’s here</source>
            <translation>Quién está</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The caregiver using the app now: each change is recorded with this name. It is not a password: the profile’s passphrase protects the records.</source>
            <translation>El cuidador que usa la aplicación ahora: cada cambio se registra con este nombre. No es una contraseña: la frase de contraseña del perfil protege los registros.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Nobody chosen</source>
            <translation>Nadie elegido</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add a caregiver…</source>
            <translation>Añadir un cuidador…</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Who’s here?</source>
            <translation>¿Quién está?</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Choose your name, so the others can see what you did when they take over.</source>
            <translation>Elija su nombre para que los demás vean lo que hizo cuando le releven.</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <location filename="../src/careorganiser/commands/common.py" line="+38" />
            <source>no passphrase was given on standard input</source>
            <translation>no se indicó ninguna frase de contraseña por la entrada estándar</translation>
        </message>
        <message>
            <location line="+21" />
            <source>{command}: --profile NAME is required</source>
            <translation>{command}: hace falta --profile NAME</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/cli.py" line="+150" />
            <source>(protected)</source>
            <translation>(protegido)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>moved “{name}” to the trash ({file}); “careorganiser profile undelete” brings it back</source>
            <translation>se movió “{name}” a la papelera ({file}); “careorganiser profile undelete” lo recupera</translation>
        </message>
        <message>
            <location line="+6" />
            <source>(deleted {when})</source>
            <translation>(eliminado el {when})</translation>
        </message>
        <message>
            <location line="+7" />
            <source>there is no profile named “{name}” in the trash</source>
            <translation>no hay ningún perfil llamado “{name}” en la papelera</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} (deleted {when})</source>
            <translation>{name} (eliminado {when})</translation>
        </message>
        <message>
            <location line="+5" />
            <source>brought back “{name}” as “{other}”: a profile named “{name}” exists</source>
            <translation>se recuperó “{name}” como “{other}”: ya existe un perfil llamado “{name}”</translation>
        </message>
        <message>
            <location line="+4" />
            <source>brought back “{name}”</source>
            <translation>se recuperó “{name}”</translation>
        </message>
        <message>
            <location line="+6" />
            <source>created profile “{name}”</source>
            <translation>se creó el perfil “{name}”</translation>
        </message>
        <message>
            <location line="+9" />
            <source>created demo profile “{name}”: {summary}</source>
            <translation>se creó el perfil de demostración “{name}”: {summary}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>“{name}” is protected by a passphrase and an export writes its health records readable by anyone: add --unencrypted to export it all the same, or use backup (which stays encrypted)</source>
            <translation>“{name}” está protegido con una frase de contraseña y una exportación escribe sus registros de salud de forma que cualquiera puede leerlos: añada --unencrypted para exportarlo de todos modos, o use backup (que sigue cifrado)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>exported “{name}” to {path}</source>
            <translation>se exportó “{name}” a {path}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>imported into “{name}”: {summary}</source>
            <translation>importado en “{name}”: {summary}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>backup: --json goes with "backup list"</source>
            <translation>backup: --json va con "backup list"</translation>
        </message>
        <message>
            <location line="+3" />
            <source>backed up “{name}” to {path} (checked: ok)</source>
            <translation>copia de seguridad de “{name}” en {path} (comprobada: bien)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>backup list: -o is for making a backup</source>
            <translation>backup list: -o es para hacer una copia de seguridad</translation>
        </message>
        <message>
            <location line="+10" />
            <source>“{name}” has no backups yet; “careorganiser backup --profile NAME” makes one</source>
            <translation>“{name}” aún no tiene copias de seguridad; “careorganiser backup --profile NAME” hace una</translation>
        </message>
        <message>
            <location line="+4" />
            <source>ok</source>
            <translation>bien</translation>
        </message>
        <message>
            <location line="+1" />
            <source>DAMAGED: {problems}</source>
            <translation>DAÑADA: {problems}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not checked (protected)</source>
            <translation>sin comprobar (protegida)</translation>
        </message>
        <message>
            <location line="+24" />
            <source>restored “{name}” from {path}</source>
            <translation>se restauró “{name}” desde {path}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the version it replaced is in the trash: “careorganiser profile undelete {name}” brings it back beside this one</source>
            <translation>la versión reemplazada está en la papelera: “careorganiser profile undelete {name}” la recupera junto a esta</translation>
        </message>
        <message>
            <location line="+61" />
            <source>error: {message}</source>
            <translation>error: {message}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>interrupted</source>
            <translation>interrumpido</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Give it on standard input with --passphrase-stdin.</source>
            <translation>Indíquela por la entrada estándar con --passphrase-stdin.</translation>
        </message>
        <message>
            <location line="+44" />
            <source>error: a command is needed here</source>
            <translation>error: aquí hace falta una orden</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/careorganiser/commands/calendar.py" line="+24" />
            <source>wrote %n appointment and ride event(s) to {path}</source>
            <translation>
                <numerusform>se escribió %n evento de citas y traslados en {path}</numerusform>
                <numerusform>se escribieron %n eventos de citas y traslados en {path}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/careorganiser/commands/pack.py" line="+56" />
            <source>“{name}” has no appointment coming up; name one with --appointment ID</source>
            <translation>“{name}” no tiene ninguna cita próxima; indique una con --appointment ID</translation>
        </message>
        <message>
            <location line="+5" />
            <source>wrote the appointment pack ({pack}) to {path}</source>
            <translation>se escribió el dosier de la cita ({pack}) en {path}</translation>
        </message>
    </context>
    <context>
        <name>ContactChooser</name>
        <message>
            <location filename="../src/careorganiser/ui/widgets/contact_chooser.py" line="+40" />
            <location line="+1" />
            <source>New contact</source>
            <translation>Nuevo contacto</translation>
        </message>
        <message>
            <location line="+14" />
            <source>choose or type, e.g. GP, driver</source>
            <translation>elija o escriba, p. ej. médico de familia, conductor</translation>
        </message>
        <message>
            <location line="+7" />
            <source>N&amp;ame:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Role:</source>
            <translation>&amp;Función:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Organisation:</source>
            <translation>&amp;Organización:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Phone:</source>
            <translation>&amp;Teléfono:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;mail:</source>
            <translation>&amp;Correo:</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Save contact</source>
            <translation>&amp;Guardar contacto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the new contact</source>
            <translation>Guardar el contacto nuevo</translation>
        </message>
        <message>
            <location line="+52" />
            <source>New contact…</source>
            <translation>Contacto nuevo…</translation>
        </message>
    </context>
    <context>
        <name>ContactRoles</name>
        <message>
            <location filename="../src/careorganiser/services/contacts.py" line="+30" />
            <source>pulmonologist</source>
            <translation>neumólogo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>GP</source>
            <translation>médico de familia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ILD specialist nurse</source>
            <translation>enfermera especialista en EPI</translation>
        </message>
        <message>
            <location line="+0" />
            <source>rheumatologist</source>
            <translation>reumatólogo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>specialist nurse</source>
            <translation>enfermera especialista</translation>
        </message>
        <message>
            <location line="+0" />
            <source>pharmacy</source>
            <translation>farmacia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>trial coordinator</source>
            <translation>coordinador del ensayo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>physiotherapist</source>
            <translation>fisioterapeuta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>hospital switchboard</source>
            <translation>centralita del hospital</translation>
        </message>
        <message>
            <location line="+0" />
            <source>family</source>
            <translation>familia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>friend</source>
            <translation>amigo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>neighbour</source>
            <translation>vecino</translation>
        </message>
        <message>
            <location line="+0" />
            <source>driver</source>
            <translation>conductor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>carer</source>
            <translation>cuidador</translation>
        </message>
        <message>
            <location line="+0" />
            <source>social worker</source>
            <translation>trabajador social</translation>
        </message>
    </context>
    <context>
        <name>Contacts</name>
        <message>
            <location line="+23" />
            <location line="+79" />
            <source>That contact no longer exists.</source>
            <translation>Ese contacto ya no existe.</translation>
        </message>
        <message>
            <location line="-58" />
            <source>Prescriber of {names}.</source>
            <translation>Prescriptor de {names}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clinician at 1 appointment.</source>
            <translation>Profesional en 1 cita.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clinician at {count} appointments.</source>
            <translation>Profesional en {count} citas.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Driver for 1 ride.</source>
            <translation>Conductor en 1 traslado.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Driver for {count} rides.</source>
            <translation>Conductor en {count} traslados.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{count} more</source>
            <translation>{count} más</translation>
        </message>
        <message>
            <location line="+1" />
            <source>and</source>
            <translation>y</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation>Correo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{phone}” does not look like a phone number: use digits, spaces and + ( ) -.</source>
            <translation>“{phone}” no parece un número de teléfono: use cifras, espacios y + ( ) -.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“{email}” does not look like an email address: it needs an @ and a dot after it, with no spaces.</source>
            <translation>“{email}” no parece una dirección de correo: necesita una @ y un punto después, sin espacios.</translation>
        </message>
    </context>
    <context>
        <name>ContactsPage</name>
        <message>
            <location filename="../src/careorganiser/ui/contacts/page.py" line="+53" />
            <source>The people who help: doctors and nurses, the pharmacy, the trial team, and family and friends who drive. Prescribers, clinicians and drivers are chosen from this list.</source>
            <translation>Quienes ayudan: médicos y enfermeras, la farmacia, el equipo del ensayo, y familiares y amigos que conducen. Los prescriptores, profesionales y conductores se eligen de esta lista.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Contacts</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;New contact</source>
            <translation>&amp;Nuevo contacto</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+28" />
            <location line="+152" />
            <source>New contact</source>
            <translation>Nuevo contacto</translation>
        </message>
        <message>
            <location line="-173" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation>Correo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Care circle</source>
            <translation>Círculo de cuidado</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No contacts yet. Press New contact to add the first person who helps, for example the GP or a family member who drives.</source>
            <translation>Aún no hay contactos. Pulse Nuevo contacto para añadir a la primera persona que ayuda, por ejemplo el médico de familia o un familiar que conduce.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Contact details</source>
            <translation>Datos del contacto</translation>
        </message>
        <message>
            <location line="+13" />
            <source>choose or type, e.g. GP, driver</source>
            <translation>elija o escriba, p. ej. médico de familia, conductor</translation>
        </message>
        <message>
            <location line="+11" />
            <source>e.g. can drive on Tuesdays</source>
            <translation>p. ej. puede conducir los martes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>N&amp;ame</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Role</source>
            <translation>&amp;Función</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Organisation</source>
            <translation>&amp;Organización</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Phone</source>
            <translation>&amp;Teléfono</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;mail</source>
            <translation>&amp;Correo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Addr&amp;ess</source>
            <translation>&amp;Dirección</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No&amp;tes</source>
            <translation>Nota&amp;s</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Where this contact is used</source>
            <translation>Dónde se usa este contacto</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+107" />
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <location line="-106" />
            <source>Save contact</source>
            <translation>Guardar contacto</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cance&amp;l</source>
            <translation>Cance&amp;lar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel changes</source>
            <translation>Cancelar los cambios</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Delete</source>
            <translation>Eli&amp;minar</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+199" />
            <source>Delete contact</source>
            <translation>Eliminar contacto</translation>
        </message>
        <message numerus="yes">
            <location line="-172" />
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n persona</numerusform>
                <numerusform>%n personas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+33" />
            <source>a contact</source>
            <translation>un contacto</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Edit “{name}”</source>
            <translation>Editar “{name}”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save changes</source>
            <translation>&amp;Guardar cambios</translation>
        </message>
        <message>
            <location line="+21" />
            <source>the new contact</source>
            <translation>el contacto nuevo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your changes to {name} are not saved yet. Discard them?</source>
            <translation>Los cambios en {name} aún no se han guardado. ¿Descartarlos?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard changes</source>
            <translation>Descartar cambios</translation>
        </message>
        <message>
            <location line="+45" />
            <location line="+4" />
            <source>Cannot save the contact</source>
            <translation>No se puede guardar el contacto</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/contacts/words.py" line="+27" />
            <source>Delete {name} from the care circle?</source>
            <translation>¿Eliminar a {name} del círculo de cuidado?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name} is still named in your records:</source>
            <translation>{name} aún aparece en sus registros:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Those records will show no one there until you choose someone else.</source>
            <translation>Esos registros no mostrarán a nadie ahí hasta que elija a otra persona.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You can undo this.</source>
            <translation>Puede deshacerlo.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/contacts/page.py" line="+18" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cannot delete</source>
            <translation>No se puede eliminar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Deleted {name}.</source>
            <translation>Se eliminó a {name}.</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../src/careorganiser/ui/widgets/date_field.py" line="+83" />
            <source>for example 3 Dec 2026</source>
            <translation>por ejemplo 3 dic 2026</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Calendar…</source>
            <translation>Calendario…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pick {what} from a calendar</source>
            <translation>Elegir {what} en un calendario</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Calendar</source>
            <translation>Calendario</translation>
        </message>
        <message>
            <location line="-15" />
            <source>Day understood</source>
            <translation>Día entendido</translation>
        </message>
        <message>
            <location line="+49" />
            <source>not a date yet: add the year</source>
            <translation>aún no es una fecha: añada el año</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+99" />
            <source>not a date yet</source>
            <translation>aún no es una fecha</translation>
        </message>
        <message>
            <location line="-59" />
            <source>{what}, day</source>
            <translation>{what}, día</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{what}, time</source>
            <translation>{what}, hora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 10:15</source>
            <translation>p. ej. 10:15</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{what} understood</source>
            <translation>{what} entendido</translation>
        </message>
        <message>
            <location line="+20" />
            <source>21 Nov 2026 or 21/11/2026</source>
            <translation>21 nov 2026 o 21/11/2026</translation>
        </message>
        <message>
            <location line="+1" />
            <source>10:15 or 2pm</source>
            <translation>10:15 o 14:00</translation>
        </message>
        <message>
            <location line="+31" />
            <source>not a time yet</source>
            <translation>aún no es una hora</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <location filename="../src/careorganiser/domain/formatting.py" line="+17" />
            <source>Jan</source>
            <translation>ene</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Feb</source>
            <translation>feb</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Mar</source>
            <translation>mar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apr</source>
            <translation>abr</translation>
        </message>
        <message>
            <location line="+0" />
            <source>May</source>
            <translation>may</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Jun</source>
            <translation>jun</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Jul</source>
            <translation>jul</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Aug</source>
            <translation>ago</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sep</source>
            <translation>sept</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Oct</source>
            <translation>oct</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Nov</source>
            <translation>nov</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Dec</source>
            <translation>dic</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Mon</source>
            <translation>lun</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tue</source>
            <translation>mar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Wed</source>
            <translation>mié</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thu</source>
            <translation>jue</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Fri</source>
            <translation>vie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sat</source>
            <translation>sáb</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sun</source>
            <translation>dom</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Monday</source>
            <translation>lunes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tuesday</source>
            <translation>martes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wednesday</source>
            <translation>miércoles</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Thursday</source>
            <translation>jueves</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Friday</source>
            <translation>viernes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Saturday</source>
            <translation>sábado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sunday</source>
            <translation>domingo</translation>
        </message>
        <message>
            <location line="+20" />
            <source>there is no month {month}</source>
            <translation>no existe el mes {month}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{year} has no {day} {month}</source>
            <translation>{year} no tiene {day} de {month}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no month has a day {day}</source>
            <translation>ningún mes tiene día {day}</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{day} {month} {year}</source>
            <translation>{day} {month} {year}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{weekday} {day} {month} {year}</source>
            <translation>{weekday} {day} {month} {year}</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <location filename="../src/careorganiser/ui/prompter.py" line="+129" />
            <source>{path} is one of Care Organiser's own files (profiles and backups). Choose a file somewhere else.</source>
            <translation>{path} es uno de los archivos propios de Care Organiser (perfiles y copias de seguridad). Elija un archivo en otro lugar.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} already exists. Replace it?</source>
            <translation>{name} ya existe. ¿Sustituirlo?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Replace</source>
            <translation>Sustituir</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/dialogs.py" line="+17" />
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Passphrase for “{name}”:</source>
            <translation>Frase de contraseña de “{name}”:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Protected profile</source>
            <translation>Perfil protegido</translation>
        </message>
    </context>
    <context>
        <name>DoseHistory</name>
        <message>
            <location filename="../src/careorganiser/domain/status_words.py" line="+50" />
            <source>Taken</source>
            <translation>Tomada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skipped</source>
            <translation>Saltada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Missed</source>
            <translation>Olvidada</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/dose_history.py" line="+67" />
            <source>Due</source>
            <translation>Prevista</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+55" />
            <location line="+91" />
            <source>What happened</source>
            <translation>Qué pasó</translation>
        </message>
        <message>
            <location line="-144" />
            <source>Taken at</source>
            <translation>Tomada a las</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+144" />
            <source>Amount</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <location line="-143" />
            <location line="+68" />
            <location line="+75" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location line="-116" />
            <source>Record a dose of {name}</source>
            <translation>Registrar una dosis de {name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change a dose of {name}</source>
            <translation>Cambiar una dosis de {name}</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+10" />
            <location line="+96" />
            <source>Due at</source>
            <translation>Hora prevista</translation>
        </message>
        <message>
            <location line="-104" />
            <location line="+6" />
            <source>When the dose was due</source>
            <translation>Cuándo tocaba la dosis</translation>
        </message>
        <message>
            <location line="-5" />
            <source>For a dose taken as needed, the time it was taken.</source>
            <translation>Para una dosis a demanda, la hora en que se tomó.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Due at</source>
            <translation>&amp;Hora prevista</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;What happened</source>
            <translation>&amp;Qué pasó</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Time ta&amp;ken</source>
            <translation>Hora de la &amp;toma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The time it was taken is known</source>
            <translation>Se sabe la hora de la toma</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+2" />
            <location line="+84" />
            <source>Time taken</source>
            <translation>Hora de la toma</translation>
        </message>
        <message>
            <location line="-79" />
            <source>Amount taken</source>
            <translation>Cantidad tomada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 2 tablets</source>
            <translation>p. ej. 2 comprimidos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Amount</source>
            <translation>&amp;Cantidad</translation>
        </message>
        <message>
            <location line="+4" />
            <source>e.g. taken late after the clinic</source>
            <translation>p. ej. tomada tarde después de la consulta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Note</source>
            <translation>&amp;Nota</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save this dose</source>
            <translation>Guardar esta dosis</translation>
        </message>
        <message>
            <location line="+66" />
            <source>{field}: {problem}</source>
            <translation>{field}: {problem}</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Dose histor&amp;y</source>
            <extracomment>A dose record was changed from here (the page also hears it through the change bus).</extracomment>
            <translation>&amp;Historial de dosis</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Dose history</source>
            <translation>Historial de dosis</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Newest first. Enter changes the chosen dose; Delete removes it.</source>
            <translation>Las más recientes primero. Intro cambia la dosis elegida; Supr la elimina.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Record a d&amp;ose…</source>
            <translation>Registrar una d&amp;osis…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record a dose</source>
            <translation>Registrar una dosis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Change dose…</source>
            <translation>&amp;Cambiar dosis…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change the chosen dose</source>
            <translation>Cambiar la dosis elegida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>De&amp;lete dose</source>
            <translation>E&amp;liminar dosis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the chosen dose record</source>
            <translation>Eliminar el registro de la dosis elegida</translation>
        </message>
        <message numerus="yes">
            <location line="+57" />
            <source>%Ln dose(s) recorded</source>
            <translation>
                <numerusform>%Ln dosis registrada</numerusform>
                <numerusform>%Ln dosis registradas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>No doses recorded yet. Doses appear here when they are marked taken or skipped on Today, or with “Record a dose” below.</source>
            <translation>Aún no hay dosis registradas. Las dosis aparecen aquí cuando se marcan como tomadas o saltadas en Hoy, o con “Registrar una dosis” abajo.</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Delete the record of the dose due {when} ({status})?</source>
            <translation>¿Eliminar el registro de la dosis prevista el {when} ({status})?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Its units go back into the stock.</source>
            <translation>Sus unidades vuelven a las existencias.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+5" />
            <source>Delete dose record</source>
            <translation>Eliminar registro de dosis</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
    </context>
    <context>
        <name>Doses</name>
        <message>
            <location filename="../src/careorganiser/domain/doses.py" line="+428" />
            <source>{time} on {date}</source>
            <translation>{time} del {date}</translation>
        </message>
        <message>
            <location line="+24" />
            <source>This schedule ended on {date}.</source>
            <translation>Esta pauta terminó el {date}.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>This schedule starts on {date}.</source>
            <translation>Esta pauta empieza el {date}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Already {count} today; at most {most} a day.</source>
            <translation>Ya van {count} hoy; como máximo {most} al día.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Too soon: the last dose was at {last}; keep at least {interval} between doses.</source>
            <translation>Demasiado pronto: la última dosis fue a las {last}; deje al menos {interval} entre dosis.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Next allowed at {time}.</source>
            <translation>La siguiente se permite a las {time}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No more doses in this schedule.</source>
            <translation>No hay más dosis en esta pauta.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/services/doses.py" line="+70" />
            <source>please give a date and time (it is required)</source>
            <translation>indique una fecha y hora (es obligatorio)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>must be a date and time</source>
            <translation>debe ser una fecha y hora</translation>
        </message>
        <message>
            <location line="+2" />
            <source>must say which time zone it is in</source>
            <translation>debe indicar en qué zona horaria está</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{year} is not a plausible year</source>
            <translation>{year} no es un año verosímil</translation>
        </message>
        <message>
            <location line="+8" />
            <source>must be taken, skipped or missed</source>
            <translation>debe ser tomada, saltada u olvidada</translation>
        </message>
        <message>
            <location line="+6" />
            <source>only a dose that was taken has a time taken</source>
            <translation>solo una dosis tomada tiene hora de toma</translation>
        </message>
        <message>
            <location line="+7" />
            <source>That medication no longer exists.</source>
            <translation>Ese medicamento ya no existe.</translation>
        </message>
        <message>
            <location line="-37" />
            <location line="+44" />
            <source>That dose record no longer exists.</source>
            <translation>Ese registro de dosis ya no existe.</translation>
        </message>
    </context>
    <context>
        <name>DueNow</name>
        <message>
            <location filename="../src/careorganiser/ui/dose_text.py" line="+30" />
            <source>{time} on {date}</source>
            <translation>{time} del {date}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/widgets/due_now.py" line="+82" />
            <source>Felt unwell</source>
            <translation>Se encontraba mal</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Side effects</source>
            <translation>Efectos secundarios</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ran out</source>
            <translation>Se acabó</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Doctor's advice</source>
            <translation>Indicación médica</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Not at home</source>
            <translation>No estaba en casa</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Taken</source>
            <translation>Tomada</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Mark {subject} taken</source>
            <translation>Marcar {subject} como tomada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Taken at {time}; the arrow (or the Down key) offers now or another time</source>
            <translation>Tomada a las {time}; la flecha (o la tecla Abajo) ofrece ahora u otra hora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Taken now; the arrow (or the Down key) offers another time</source>
            <translation>Tomada ahora; la flecha (o la tecla Abajo) ofrece otra hora</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Taken when</source>
            <translation>Cuándo se tomó</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Now</source>
            <translation>Ahora</translation>
        </message>
        <message>
            <location line="+0" />
            <source>At another time…</source>
            <translation>A otra hora…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>At the scheduled time ({time})</source>
            <translation>A la hora prevista ({time})</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Skip</source>
            <translation>Saltar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Skip {subject}</source>
            <translation>Saltar {subject}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skip; the arrow (or the Down key) offers a reason</source>
            <translation>Saltar; la flecha (o la tecla Abajo) ofrece un motivo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reason for skipping</source>
            <translation>Motivo para saltarla</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Other reason…</source>
            <translation>Otro motivo…</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Due now</source>
            <translation>Toca ahora</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Missed while closed</source>
            <translation>Olvidadas con la aplicación cerrada</translation>
        </message>
        <message>
            <location line="+42" />
            <source>These fell due while the app was closed or the computer was asleep. Mark each one taken or skipped if you know, or leave it as missed.</source>
            <translation>Estas tocaban con la aplicación cerrada o el ordenador en reposo. Marque cada una como tomada o saltada si lo sabe, o déjela como olvidada.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/dose_text.py" line="+30" />
            <source>Snoozed until {time}</source>
            <translation>Pospuesto hasta las {time}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/widgets/due_now.py" line="+49" />
            <location line="+50" />
            <source>{what} at {time}</source>
            <translation>{what} a las {time}</translation>
        </message>
        <message>
            <location line="-41" />
            <source>Snooze</source>
            <translation>Posponer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Snooze the reminder for {subject}</source>
            <translation>Posponer el recordatorio de {subject}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Snooze for</source>
            <translation>Posponer durante</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Other…</source>
            <translation>Otro…</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Leave as missed</source>
            <translation>Dejar como olvidada</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Leave {subject} as missed</source>
            <translation>Dejar {subject} como olvidada</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Undo: {subject} {state}</source>
            <translation>Deshacer: {subject} {state}</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../src/careorganiser/store/errors.py" line="+87" />
            <source>Your text is still here.</source>
            <translation>Su texto sigue aquí.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not saved: the disk is full. Free some space and try again.</source>
            <translation>No se guardó: el disco está lleno. Libere espacio e inténtelo de nuevo.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>{number} MB</source>
            <translation>{number} MB</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{number} KB</source>
            <translation>{number} KB</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not saved: the file could not be written because this computer limits the size of the files Care Organiser may write ({size}; see ulimit -f). Nothing was lost; raise the limit and try again.</source>
            <translation>No se guardó: no se pudo escribir el archivo porque este ordenador limita el tamaño de los archivos que Care Organiser puede escribir ({size}; vea ulimit -f). No se ha perdido nada; aumente el límite e inténtelo de nuevo.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not saved: the profile cannot be written (the file or its folder is read-only).</source>
            <translation>No se guardó: no se puede escribir en el perfil (el archivo o su carpeta son de solo lectura).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not saved: the profile is in use by another Care Organiser process and stayed busy. Try again in a moment.</source>
            <translation>No se guardó: otro proceso de Care Organiser está usando el perfil y siguió ocupado. Inténtelo de nuevo en un momento.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not saved: the same record was saved elsewhere at the same moment. Look at it again, then try again.</source>
            <translation>No se guardó: el mismo registro se guardó en otro sitio en el mismo momento. Vuelva a mirarlo e inténtelo de nuevo.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not saved: the profile file could not be read or written (a disk or file problem).</source>
            <translation>No se guardó: no se pudo leer ni escribir el archivo del perfil (un problema del disco o del archivo).</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Not saved: the file could not be written ({error}).</source>
            <translation>No se guardó: no se pudo escribir el archivo ({error}).</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Nothing was changed: the folder {folder} cannot be written (it is read-only, on a read-only disk, or not yours).</source>
            <translation>No se cambió nada: no se puede escribir en la carpeta {folder} (es de solo lectura, está en un disco de solo lectura o no es suya).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing was changed: a file in the folder {folder} could not be written or read ({error}).</source>
            <translation>No se cambió nada: no se pudo escribir ni leer un archivo de la carpeta {folder} ({error}).</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Not saved: the database refused the change ({kind}).</source>
            <translation>No se guardó: la base de datos rechazó el cambio ({kind}).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Something went wrong ({kind}).</source>
            <translation>Algo salió mal ({kind}).</translation>
        </message>
    </context>
    <context>
        <name>Failures</name>
        <message>
            <location filename="../src/careorganiser/ui/failures.py" line="+39" />
            <source>Not saved</source>
            <translation>No se guardó</translation>
        </message>
    </context>
    <context>
        <name>FieldLimits</name>
        <message numerus="yes">
            <location filename="../src/careorganiser/ui/widgets/field_limits.py" line="+28" />
            <source>%n entries: this box holds at most {limit}. Remove some to save.</source>
            <translation>
                <numerusform>%n entrada: este cuadro admite como máximo {limit}. Quite algunas para guardar.</numerusform>
                <numerusform>%n entradas: este cuadro admite como máximo {limit}. Quite algunas para guardar.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>One line is %n character(s) too long: each line holds at most {limit}.</source>
            <translation>
                <numerusform>Una línea tiene %n carácter de más: cada línea admite como máximo {limit}.</numerusform>
                <numerusform>Una línea tiene %n caracteres de más: cada línea admite como máximo {limit}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n character(s) too long: this box holds at most {limit}. Shorten it to save.</source>
            <translation>
                <numerusform>%n carácter de más: este cuadro admite como máximo {limit}. Acórtelo para guardar.</numerusform>
                <numerusform>%n caracteres de más: este cuadro admite como máximo {limit}. Acórtelo para guardar.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Followup</name>
        <message>
            <location filename="../src/careorganiser/domain/followup.py" line="+82" />
            <location line="+130" />
            <source>Baseline</source>
            <extracomment>The tests of the IPF trials in the guidance: lung function, walk test, oxygen, liver tests.</extracomment>
            <translation>Basal</translation>
        </message>
        <message>
            <location line="-128" />
            <source>{n}-month visit</source>
            <translation>Visita del mes {n}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Week {n} visit</source>
            <translation>Visita de la semana {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Day {n} visit</source>
            <translation>Visita del día {n}</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../src/careorganiser/ui/followup/chart.py" line="+92" />
            <location line="+1" />
            <source>baseline</source>
            <translation>basal</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{n}-month</source>
            <translation>mes {n}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>week {n}</source>
            <translation>semana {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>day {n}</source>
            <translation>día {n}</translation>
        </message>
        <message>
            <location line="+85" />
            <source>Choose days, weeks or months.</source>
            <translation>Elija días, semanas o meses.</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../src/careorganiser/services/followup.py" line="+264" />
            <source>Enter the visits, for example 0, 3, 6, 9, 12.</source>
            <translation>Escriba las visitas, por ejemplo 0, 3, 6, 9, 12.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>“{part}” is not a whole number of {unit}s.</source>
            <translation>“{part}” no es un número entero ({unit}s).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{value} {unit}s is more than ten years.</source>
            <translation>{value} {unit}s es más de diez años.</translation>
        </message>
        <message>
            <location line="+15" />
            <location filename="../src/careorganiser/ui/followup/parts.py" line="+149" />
            <source>days</source>
            <translation>días</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../src/careorganiser/ui/followup/parts.py" line="+0" />
            <source>weeks</source>
            <translation>semanas</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../src/careorganiser/ui/followup/parts.py" line="+0" />
            <source>months</source>
            <translation>meses</translation>
        </message>
        <message>
            <location line="+34" />
            <source>{first} and {last}</source>
            <translation>{first} y {last}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>book the lung function lab and the blood test</source>
            <translation>reserve el laboratorio de función pulmonar y el análisis de sangre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>book the lung function lab</source>
            <translation>reserve el laboratorio de función pulmonar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>book the blood test</source>
            <translation>reserve el análisis de sangre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>check the visit is booked</source>
            <translation>compruebe que la visita está reservada</translation>
        </message>
        <message>
            <location line="+166" />
            <source>{name}: {before} {how_before} at baseline, {after} {how_after} at the {visit}: taken differently, so not compared</source>
            <translation>{name}: {before} {how_before} en la visita basal, {after} {how_after} en la {visit}: tomadas de otra forma, así que no se comparan</translation>
        </message>
        <message>
            <location line="+9" />
            <source>predicted</source>
            <translation>del teórico</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name}: {before} → {after} since baseline</source>
            <translation>{name}: {before} → {after} desde la visita basal</translation>
        </message>
        <message>
            <location line="+3" />
            <source>, no change</source>
            <translation>, sin cambios</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>a fall of %n point(s)</source>
            <translation>
                <numerusform>un descenso de %n punto</numerusform>
                <numerusform>un descenso de %n puntos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>a rise of %n point(s)</source>
            <translation>
                <numerusform>un aumento de %n punto</numerusform>
                <numerusform>un aumento de %n puntos</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>a fall of {n} points</source>
            <translation>un descenso de {n} puntos</translation>
        </message>
        <message>
            <location line="+0" />
            <source>a rise of {n} points</source>
            <translation>un aumento de {n} puntos</translation>
        </message>
        <message>
            <location line="+5" />
            <source>a relative fall of {pct}%</source>
            <translation>un descenso relativo del {pct}%</translation>
        </message>
        <message>
            <location line="+0" />
            <source>a relative rise of {pct}%</source>
            <translation>un aumento relativo del {pct}%</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a fall of {amount}</source>
            <translation>un descenso de {amount}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>a rise of {amount}</source>
            <translation>un aumento de {amount}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{change} at the {visit}{about}. {rule} is a sign of progression in IPF: what does this mean, and should the treatment or the trial be reviewed?</source>
            <translation>{change} en la {visit}{about}. {rule} es un signo de progresión en la FPI: ¿qué significa y habría que revisar el tratamiento o el ensayo?</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{name} was {value} {unit} at the {visit}{about}, more than 3 times the upper limit of normal. Does the dose need to change?</source>
            <translation>{name} fue de {value} {unit} en la {visit}{about}, más de 3 veces el límite superior de la normalidad. ¿Hay que cambiar la dosis?</translation>
        </message>
        <message>
            <location line="+33" />
            <source>{tests} due at the {visit} on {day}: {hint}</source>
            <translation>{tests} pendientes en la {visit} el {day}: {hint}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>baseline visit</source>
            <translation>visita basal</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No {visit} {tests} recorded yet</source>
            <translation>Aún no hay {tests} registrados ({visit})</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/services/followup.py" line="-176" />
            <source>Choose a follow-up plan.</source>
            <translation>Elija un plan de seguimiento.</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+7" />
            <source>That follow-up plan no longer exists.</source>
            <translation>Ese plan de seguimiento ya no existe.</translation>
        </message>
        <message>
            <location line="+21" />
            <location line="+3" />
            <location line="+146" />
            <source>That trial no longer exists.</source>
            <translation>Ese ensayo ya no existe.</translation>
        </message>
        <message>
            <location line="-92" />
            <source>Enter a date, not a date and time.</source>
            <translation>Escriba una fecha, no una fecha y hora.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter a date.</source>
            <translation>Escriba una fecha.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{text}” is not a day of the calendar.</source>
            <translation>“{text}” no es un día del calendario.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“{text}” is not a date.</source>
            <translation>“{text}” no es una fecha.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Enter a time, for example 09:30.</source>
            <translation>Escriba una hora, por ejemplo 09:30.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{text}” is not a time.</source>
            <translation>“{text}” no es una hora.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Out of hours</source>
            <translation>Fuera de horario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Choose the tests from the list.</source>
            <translation>Elija las pruebas de la lista.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{test}” is not a measurement this app knows.</source>
            <translation>“{test}” no es una medición que conozca esta aplicación.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>A plan follows one trial or one medication.</source>
            <translation>Un plan sigue un ensayo o un medicamento.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A follow-up plan is for a trial the person is enrolled in. Set your interest to “enrolled” first.</source>
            <translation>Un plan de seguimiento es para un ensayo en el que la persona está inscrita. Primero ponga su interés en “inscrito”.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>That medication no longer exists.</source>
            <translation>Ese medicamento ya no existe.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>This already has a follow-up plan.</source>
            <translation>Esto ya tiene un plan de seguimiento.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose at least one test to follow.</source>
            <translation>Elija al menos una prueba para seguir.</translation>
        </message>
        <message>
            <location line="+47" />
            <source>{subject} follow-up: {visit}</source>
            <translation>Seguimiento de {subject}: {visit}</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+73" />
            <location line="+4" />
            <source>Tests: {tests}.</source>
            <translation>Pruebas: {tests}.</translation>
        </message>
        <message>
            <location line="-47" />
            <location line="+42" />
            <source>That visit no longer exists.</source>
            <translation>Esa visita ya no existe.</translation>
        </message>
        <message>
            <location line="-35" />
            <source>The visit stays between the one before ({before}) and the one after ({after}).</source>
            <translation>La visita debe quedar entre la anterior ({before}) y la siguiente ({after}).</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <location filename="../src/careorganiser/ui/followup/controller.py" line="+213" />
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <location line="+58" />
            <source>Choose a severity from 0 (none) to 4 (very severe).</source>
            <translation>Elija una gravedad de 0 (ninguna) a 4 (muy grave).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The team cannot have been told before it happened.</source>
            <translation>No se pudo avisar al equipo antes de que ocurriera.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Say what happened.</source>
            <translation>Diga qué pasó.</translation>
        </message>
        <message>
            <location line="+24" />
            <location line="+10" />
            <source>That event no longer exists.</source>
            <translation>Ese evento ya no existe.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The question is empty.</source>
            <translation>La pregunta está vacía.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>follow-up</source>
            <translation>seguimiento</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/chart.py" line="-62" />
            <source>Change from baseline chart</source>
            <translation>Gráfico del cambio desde la visita basal</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/controller.py" line="-97" />
            <source>-month visit</source>
            <translation>Visita del mes</translation>
        </message>
        <message>
            <location line="+0" />
            <source> mo</source>
            <translation> mes</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/chart.py" line="+66" />
            <source>threshold</source>
            <translation>umbral</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/page.py" line="+49" />
            <location line="+89" />
            <source>Follow-up plan</source>
            <translation>Plan de seguimiento</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/parts.py" line="-9" />
            <source>Baseline date</source>
            <translation>Fecha basal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Baseline (start) date:</source>
            <translation>Fecha &amp;basal (inicio):</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Visits after baseline</source>
            <translation>Visitas después de la basal</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Visits counted in</source>
            <translation>Visitas contadas en</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Visits (0 is baseline):</source>
            <translation>&amp;Visitas (0 es la basal):</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Follow {test}</source>
            <translation>Seguir {test}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Tests at each visit:</source>
            <translation>&amp;Pruebas en cada visita:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Time of the visits</source>
            <translation>Hora de las visitas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ti&amp;me of the visits:</source>
            <translation>Ho&amp;ra de las visitas:</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+373" />
            <source>Where the visits are</source>
            <translation>Dónde son las visitas</translation>
        </message>
        <message>
            <location line="-372" />
            <source>&amp;Where:</source>
            <translation>&amp;Dónde:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A &amp;ride is needed to each visit</source>
            <translation>Hace falta un &amp;traslado a cada visita</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/services/followup.py" line="-311" />
            <location filename="../src/careorganiser/ui/followup/parts.py" line="+3" />
            <location line="+363" />
            <source>Coordinator's name</source>
            <translation>Nombre del coordinador</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/parts.py" line="-362" />
            <source>&amp;Coordinator:</source>
            <translation>&amp;Coordinador:</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/services/followup.py" line="+1" />
            <location filename="../src/careorganiser/ui/followup/parts.py" line="+1" />
            <location line="+362" />
            <source>Coordinator's number</source>
            <translation>Número del coordinador</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/parts.py" line="-361" />
            <source>&amp;Number:</source>
            <translation>&amp;Número:</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+362" />
            <source>What to do out of hours</source>
            <translation>Qué hacer fuera de horario</translation>
        </message>
        <message>
            <location line="-361" />
            <source>&amp;Out of hours:</source>
            <translation>&amp;Fuera de horario:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create the plan and its &amp;appointments</source>
            <translation>Crear el plan y sus &amp;citas</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/controller.py" line="+48" />
            <source>The trial record states the visits: {visits} (from “{frames}”). Check them with the trial team.</source>
            <translation>El registro del ensayo indica las visitas: {visits} (de “{frames}”). Compruébelas con el equipo del ensayo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The trial record states no visit times: enter them (the IPF trials in the guidance see people at baseline and 3, 6, 9 and 12 months).</source>
            <translation>El registro del ensayo no indica las fechas de las visitas: escríbalas (los ensayos de FPI de la guía ven a las personas en la visita basal y a los 3, 6, 9 y 12 meses).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter the visits the clinic planned (often baseline and 3, 6, 9 and 12 months, with liver tests in the first months).</source>
            <translation>Escriba las visitas que planeó la consulta (a menudo la basal y a los 3, 6, 9 y 12 meses, con pruebas hepáticas en los primeros meses).</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/parts.py" line="+37" />
            <source>Plan made: its appointments are in Appointments, with the rides to arrange.</source>
            <translation>Plan creado: sus citas están en Citas, con los traslados por organizar.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/page.py" line="-43" />
            <source>&amp;Visits and tests</source>
            <translation>&amp;Visitas y pruebas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Change from baseline</source>
            <translation>&amp;Cambio desde la basal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Side effects and events</source>
            <translation>&amp;Efectos secundarios y eventos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trial contact ca&amp;rd</source>
            <translation>&amp;Tarjeta del ensayo</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/parts.py" line="+11" />
            <location line="+115" />
            <source>Visit</source>
            <translation>Visita</translation>
        </message>
        <message>
            <location line="-114" />
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <location line="+0" />
            <source>(moved)</source>
            <translation>(movida)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tests</source>
            <translation>Pruebas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Appointment</source>
            <translation>Cita</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Results recorded</source>
            <translation>Resultados registrados</translation>
        </message>
        <message>
            <location line="+5" />
            <source>New day for the visit</source>
            <translation>Nuevo día para la visita</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Move the chosen visit to:</source>
            <translation>&amp;Mover la visita elegida al:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>M&amp;ove</source>
            <translation>M&amp;over</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Make the &amp;appointments</source>
            <translation>Crear las &amp;citas</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Tests at the chosen visit:</source>
            <translation>Pruebas en la visita elegida:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{test} at the chosen visit</source>
            <translation>{test} en la visita elegida</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save the &amp;tests</source>
            <translation>Guardar las &amp;pruebas</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Tests saved for the visit.</source>
            <translation>Pruebas guardadas para la visita.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/controller.py" line="+31" />
            <source>none yet</source>
            <translation>ninguno aún</translation>
        </message>
        <message>
            <location line="+14" />
            <source>not yet: {tests}</source>
            <translation>aún no: {tests}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/parts.py" line="+32" />
            <source>Measurement shown in the chart</source>
            <translation>Medición que muestra el gráfico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;hart of:</source>
            <translation>&amp;Gráfico de:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Change since baseline</source>
            <translation>Cambio desde la visita basal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Threshold</source>
            <translation>Umbral</translation>
        </message>
        <message>
            <location line="+0" />
            <source>crossed: {rule}</source>
            <translation>superado: {rule}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Suggested questions for the next appointment</source>
            <translation>Preguntas sugeridas para la próxima cita</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Suggested questions</source>
            <translation>Preguntas sugeridas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add to the &amp;questions</source>
            <translation>Añadir a las &amp;preguntas</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/services/followup.py" line="+3" />
            <location filename="../src/careorganiser/ui/followup/parts.py" line="+1" />
            <location line="+14" />
            <source>What happened</source>
            <translation>Qué pasó</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/parts.py" line="-13" />
            <location line="+16" />
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <location line="-15" />
            <source>Team told</source>
            <translation>Equipo avisado</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/controller.py" line="-169" />
            <source>yes, {day}</source>
            <translation>sí, {day}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <location line="+0" />
            <source>not yet</source>
            <translation>todavía no</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/services/followup.py" line="+2" />
            <location filename="../src/careorganiser/ui/followup/parts.py" line="+1" />
            <location line="+23" />
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/parts.py" line="-14" />
            <source>Date of the event</source>
            <translation>Fecha del evento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date:</source>
            <translation>&amp;Fecha:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;What happened:</source>
            <translation>&amp;Qué pasó:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>S&amp;everity:</source>
            <translation>&amp;Gravedad:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Day the team or doctor was told</source>
            <translation>Día en que se avisó al equipo o al médico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Told on:</source>
            <translation>&amp;Avisado el:</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/services/followup.py" line="-1" />
            <location filename="../src/careorganiser/ui/followup/parts.py" line="+1" />
            <source>Who was told</source>
            <translation>A quién se avisó</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/parts.py" line="+1" />
            <source>Wh&amp;o was told:</source>
            <translation>A &amp;quién se avisó:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>O&amp;utcome:</source>
            <translation>R&amp;esultado:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add to the &amp;log</source>
            <translation>Añadir al &amp;registro</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save the c&amp;hosen event</source>
            <translation>Guardar el evento e&amp;legido</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete the chosen eve&amp;nt</source>
            <translation>Eliminar el eve&amp;nto elegido</translation>
        </message>
        <message>
            <location line="+69" />
            <source>Event saved.</source>
            <translation>Evento guardado.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Delete the event</source>
            <translation>Eliminar el evento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete “{what}” from the log?</source>
            <translation>¿Eliminar “{what}” del registro?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Event deleted.</source>
            <translation>Evento eliminado.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Coordinator:</source>
            <translation>Coordinador:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Number:</source>
            <translation>Número:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Out of hours:</source>
            <translation>Fuera de horario:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where the visits are:</source>
            <translation>Dónde son las visitas:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Save the car&amp;d</source>
            <translation>Guardar la tar&amp;jeta</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/controller.py" line="+131" />
            <source>Appointments made.</source>
            <translation>Citas creadas.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No appointments yet.</source>
            <translation>Aún no hay citas.</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/careorganiser/ui/followup/text.py" line="+17" />
            <source>Next: {visit} on {day}.</source>
            <translation>Próxima: {visit} el {day}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All visits are past.</source>
            <translation>Todas las visitas ya pasaron.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{subject}
Baseline {day}; visits: {visits}. {state} {next}</source>
            <translation>{subject}
Basal {day}; visitas: {visits}. {state} {next}</translation>
        </message>
        <message>
            <location line="+62" />
            <source>No results to compare with baseline yet.</source>
            <translation>Aún no hay resultados para comparar con la basal.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/parts.py" line="-246" />
            <source>Choose the visit to move in the list first.</source>
            <translation>Primero elija en la lista la visita que quiere mover.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Visit moved, with its appointment; rides moved: {n}.</source>
            <translation>Visita movida, con su cita; traslados movidos: {n}.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Appointments made: {n}.</source>
            <translation>Citas creadas: {n}.</translation>
        </message>
        <message>
            <location line="+73" />
            <source>Added to the questions for the next appointment.</source>
            <translation>Añadido a las preguntas para la próxima cita.</translation>
        </message>
        <message>
            <location line="+128" />
            <source>Added to the log.</source>
            <translation>Añadido al registro.</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Contact card saved.</source>
            <translation>Tarjeta de contacto guardada.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/today_section.py" line="+39" />
            <source>Trial and treatment follow-up</source>
            <translation>Seguimiento del ensayo y del tratamiento</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/text.py" line="+2" />
            <source>Question to ask: {q}</source>
            <translation>Pregunta para hacer: {q}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/followup/today_section.py" line="+40" />
            <source>Open the follow-up…</source>
            <translation>Abrir el seguimiento…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the follow-up of {subject}</source>
            <translation>Abrir el seguimiento de {subject}</translation>
        </message>
    </context>
    <context>
        <name>Handover</name>
        <message>
            <location filename="../src/careorganiser/services/handover.py" line="+83" />
            <source>taken</source>
            <extracomment>A caregiver who never looked sees the last day. A change touching more records than this (an import) is one line of the handover.</extracomment>
            <translation>tomada</translation>
        </message>
        <message>
            <location line="+0" />
            <source>skipped</source>
            <translation>saltada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>missed</source>
            <translation>olvidada</translation>
        </message>
        <message>
            <location line="+4" />
            <source>needed</source>
            <translation>hace falta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>asked</source>
            <translation>pedido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>confirmed</source>
            <translation>confirmado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>done</source>
            <translation>hecho</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cancelled</source>
            <translation>cancelado</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{medication} ({time}): {status}</source>
            <translation>{medication} ({time}): {status}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>New note: {text}</source>
            <translation>Nota nueva: {text}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>New measurement: {kind} {value} {unit}</source>
            <translation>Medición nueva: {kind} {value} {unit}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>New medication: {name}</source>
            <translation>Medicamento nuevo: {name}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Medication stopped: {name}</source>
            <translation>Medicamento suspendido: {name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Medication changed: {name} ({what})</source>
            <translation>Medicamento cambiado: {name} ({what})</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Ride {status}: {pickup} to {destination}{driver}</source>
            <translation>Traslado {status}: {pickup} a {destination}{driver}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>driver {name}</source>
            <translation>conductor {name}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Side effect or event ({subject}, {day}): {what}, severity {severity} of 4</source>
            <translation>Efecto secundario o evento ({subject}, {day}): {what}, gravedad {severity} de 4</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the team was told</source>
            <translation>se avisó al equipo</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Question answered: {question}</source>
            <translation>Pregunta respondida: {question}</translation>
        </message>
        <message>
            <location line="+29" />
            <source>{n} records were added or changed at once (an import).</source>
            <translation>Se añadieron o cambiaron {n} registros a la vez (una importación).</translation>
        </message>
        <message>
            <location line="+31" />
            <source>{medication} ({time}): missed, nobody marked it</source>
            <translation>{medication} ({time}): olvidada, nadie la marcó</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/widgets/handover.py" line="+26" />
            <source>Since you last looked</source>
            <translation>Desde su última visita</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Mark as seen</source>
            <translation>&amp;Marcar como visto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark everything here as seen</source>
            <translation>Marcar todo lo de aquí como visto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Handover &amp;sheet…</source>
            <translation>&amp;Hoja de relevo…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save a one-page handover sheet to print</source>
            <translation>Guardar una hoja de relevo de una página para imprimir</translation>
        </message>
        <message>
            <location line="+36" />
            <source>The handover could not be read: {error}</source>
            <translation>No se pudo leer el relevo: {error}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Nothing new from the others since {when}.</source>
            <translation>Nada nuevo de los demás desde {when}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{n} things happened since {when}:</source>
            <translation>Pasaron {n} cosas desde {when}:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>nobody chosen</source>
            <translation>nadie elegido</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Handover {day}</source>
            <translation>Relevo {day}</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+8" />
            <location line="+2" />
            <source>Handover sheet</source>
            <translation>Hoja de relevo</translation>
        </message>
        <message>
            <location line="-9" />
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Saved to {path}. Open it to print.</source>
            <translation>Guardado en {path}. Ábralo para imprimir.</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../src/careorganiser/ui/help.py" line="+25" />
            <source>Profiles: one for each person you care for</source>
            <translation>Perfiles: uno por cada persona que cuida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Each person's records are a profile of their own, kept in one file. Choose File &gt; Switch profile to move between them.</source>
            <translation>Los registros de cada persona son un perfil propio, guardado en un archivo. Elija Archivo &gt; Cambiar de perfil para pasar de uno a otro.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>On a shared computer, protect a profile with a passphrase when you create it: the file is then encrypted and nobody can read it without the passphrase. Keep the passphrase safe: it cannot be recovered.</source>
            <translation>En un ordenador compartido, proteja el perfil con una frase de contraseña al crearlo: así el archivo se cifra y nadie puede leerlo sin la frase. Guárdela bien: no se puede recuperar.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Medications and reminders</source>
            <translation>Medicamentos y recordatorios</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add each medication under Medications with the times it is taken. Today then lists every dose of the day; press Taken or Skip as the day goes.</source>
            <translation>Añada cada medicamento en Medicamentos con las horas a las que se toma. Hoy muestra entonces cada dosis del día; pulse Tomada o Saltar a lo largo del día.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>While the app is open (or in the tray) a due dose shows under “Due now” and as a notification. Doses that fell due while the app was closed are shown at the next start.</source>
            <translation>Mientras la aplicación está abierta (o en la bandeja) una dosis que toca aparece en “Toca ahora” y como notificación. Las dosis que tocaban con la aplicación cerrada se muestran al abrirla de nuevo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Appointments and the pack</source>
            <translation>Citas y el dosier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add appointments and their rides under Appointments &amp; rides, and write questions down under Questions as they come up.</source>
            <translation>Añada las citas y sus traslados en Citas y traslados, y apunte las preguntas en Preguntas según le vayan surgiendo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Before a visit press Prepare pack (Ctrl+P): one PDF with the questions, the medications, how doses went, symptoms, measurements with their charts, trials and the rides. Print it or save it. File also makes a medication card and a ride sheet for the driver.</source>
            <translation>Antes de una visita pulse Preparar dosier (Ctrl+P): un PDF con las preguntas, los medicamentos, cómo fueron las dosis, los síntomas, las mediciones con sus gráficos, los ensayos y los traslados. Imprímalo o guárdelo. En Archivo también puede hacer una tarjeta de medicación y una hoja de traslado para el conductor.</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+27" />
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
        <message>
            <location line="-26" />
            <source>A copy of a profile is kept in the Backups folder before the app changes the file's layout after an update. Make your own copies too: “careorganiser backup --profile NAME” writes one (a protected profile's copy stays encrypted), or copy the folders Help &gt; Where is my data shows to a USB stick.</source>
            <translation>Antes de que la aplicación cambie la estructura de un archivo tras una actualización, se guarda una copia del perfil en la carpeta Backups. Haga también sus propias copias: “careorganiser backup --profile NAME” escribe una (la copia de un perfil protegido sigue cifrada), o copie a una memoria USB las carpetas que muestra Ayuda &gt; Dónde están mis datos.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A shared computer</source>
            <translation>Un ordenador compartido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The list of profiles shows only names. A protected profile asks for its passphrase every time it is opened: when you step away, choose File &gt; Switch profile or Quit so the next person sees only the list.</source>
            <translation>La lista de perfiles solo muestra nombres. Un perfil protegido pide su frase de contraseña cada vez que se abre: cuando se aleje, elija Archivo &gt; Cambiar de perfil o Salir para que la siguiente persona solo vea la lista.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nothing is sent anywhere: the records stay on this computer.</source>
            <translation>No se envía nada a ningún sitio: los registros se quedan en este ordenador.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Larger text</source>
            <translation>Texto más grande</translation>
        </message>
        <message>
            <location line="+1" />
            <source>View &gt; Larger text (Ctrl++) makes every screen's text bigger; Ctrl+0 goes back to normal.</source>
            <translation>Ver &gt; Texto más grande (Ctrl++) agranda el texto de todas las pantallas; Ctrl+0 vuelve al tamaño normal.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>All profiles and settings</source>
            <translation>Todos los perfiles y ajustes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Profiles (one file each)</source>
            <translation>Perfiles (un archivo cada uno)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Deleted profiles (can come back)</source>
            <translation>Perfiles eliminados (se pueden recuperar)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Everything is kept on this computer, in folders only your account can open.</source>
            <translation>Todo se guarda en este ordenador, en carpetas que solo su cuenta puede abrir.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>It is protected with a passphrase: the file is encrypted.</source>
            <translation>Está protegido con una frase de contraseña: el archivo está cifrado.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>It is not protected with a passphrase: anyone who can open the file can read it.</source>
            <translation>No está protegido con una frase de contraseña: cualquiera que pueda abrir el archivo puede leerlo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This profile, “{name}”, is the file</source>
            <translation>Este perfil, “{name}”, es el archivo</translation>
        </message>
        <message>
            <location line="+6" />
            <source>To keep a copy elsewhere, copy the Profiles and Backups folders (for example to a USB stick) while the app is closed. “careorganiser export” writes a readable copy of a profile; for a protected profile that copy is not encrypted.</source>
            <translation>Para guardar una copia en otro sitio, copie las carpetas Profiles y Backups (por ejemplo a una memoria USB) con la aplicación cerrada. “careorganiser export” escribe una copia legible de un perfil; si el perfil está protegido, esa copia no está cifrada.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>&amp;Open the folder</source>
            <translation>&amp;Abrir la carpeta</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/menu_entries.py" line="+63" />
            <source>&amp;Getting started</source>
            <translation>&amp;Primeros pasos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Where is my data</source>
            <translation>&amp;Dónde están mis datos</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/help.py" line="-50" />
            <location line="+60" />
            <source>Getting started</source>
            <translation>Primeros pasos</translation>
        </message>
        <message>
            <location line="-46" />
            <location line="+48" />
            <source>Where is my data</source>
            <translation>Dónde están mis datos</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <location filename="../src/careorganiser/services/history.py" line="+39" />
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Medication</source>
            <translation>Medicamento</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Schedule</source>
            <translation>Pauta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Earlier schedule</source>
            <translation>Pauta anterior</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Appointment</source>
            <translation>Cita</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ride</source>
            <translation>Traslado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Measurement</source>
            <translation>Medición</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Trial</source>
            <translation>Ensayo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Measurement kind</source>
            <translation>Tipo de medición</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Offer</source>
            <translation>Oferta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Follow-up plan</source>
            <translation>Plan de seguimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up visit</source>
            <translation>Visita de seguimiento</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Side effect or event</source>
            <translation>Efecto secundario o evento</translation>
        </message>
        <message>
            <location line="+7" />
            <source>name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>strength</source>
            <translation>concentración</translation>
        </message>
        <message>
            <location line="+1" />
            <source>form</source>
            <translation>forma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>dose</source>
            <translation>dosis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>route</source>
            <translation>vía</translation>
        </message>
        <message>
            <location line="+1" />
            <source>purpose</source>
            <translation>motivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>instructions</source>
            <translation>instrucciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>prescriber</source>
            <translation>prescriptor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>start date</source>
            <translation>fecha de inicio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stop date</source>
            <translation>fecha de fin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>reason stopped</source>
            <translation>motivo de la suspensión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stock</source>
            <translation>existencias</translation>
        </message>
        <message>
            <location line="+1" />
            <source>units per dose</source>
            <translation>unidades por dosis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>status</source>
            <translation>estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>time taken</source>
            <translation>hora de la toma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>amount</source>
            <translation>cantidad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>note</source>
            <translation>nota</translation>
        </message>
        <message>
            <location line="+1" />
            <source>notes</source>
            <translation>notas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>value</source>
            <translation>valor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unit</source>
            <translation>unidad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>where measured</source>
            <translation>dónde se midió</translation>
        </message>
        <message>
            <location line="+1" />
            <source>what the person was doing</source>
            <translation>qué hacía la persona</translation>
        </message>
        <message>
            <location line="+1" />
            <source>range from</source>
            <translation>intervalo desde</translation>
        </message>
        <message>
            <location line="+1" />
            <source>range to</source>
            <translation>intervalo hasta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>kind</source>
            <translation>tipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>date and time</source>
            <translation>fecha y hora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>duration</source>
            <translation>duración</translation>
        </message>
        <message>
            <location line="+1" />
            <source>place</source>
            <translation>lugar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>clinician</source>
            <translation>profesional</translation>
        </message>
        <message>
            <location line="+1" />
            <source>pickup</source>
            <translation>recogida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>pickup for the way back</source>
            <translation>recogida para la vuelta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>pickup address</source>
            <translation>dirección de recogida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>destination</source>
            <translation>destino</translation>
        </message>
        <message>
            <location line="+1" />
            <source>driver</source>
            <translation>conductor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>text</source>
            <translation>texto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>topic</source>
            <translation>tema</translation>
        </message>
        <message>
            <location line="+1" />
            <source>priority</source>
            <translation>prioridad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>answer</source>
            <translation>respuesta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>appointment</source>
            <translation>cita</translation>
        </message>
        <message>
            <location line="+1" />
            <source>symptoms</source>
            <translation>síntomas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>activity and pacing</source>
            <translation>actividad y ritmo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>phone</source>
            <translation>teléfono</translation>
        </message>
        <message>
            <location line="+1" />
            <source>email</source>
            <translation>correo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>address</source>
            <translation>dirección</translation>
        </message>
        <message>
            <location line="+1" />
            <source>role</source>
            <translation>función</translation>
        </message>
        <message>
            <location line="+1" />
            <source>organisation</source>
            <translation>organización</translation>
        </message>
        <message>
            <location line="+1" />
            <source>date of birth</source>
            <translation>fecha de nacimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sex</source>
            <translation>sexo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>conditions</source>
            <translation>enfermedades</translation>
        </message>
        <message>
            <location line="+1" />
            <source>allergies</source>
            <translation>alergias</translation>
        </message>
        <message>
            <location line="+1" />
            <source>times of day</source>
            <translation>horas del día</translation>
        </message>
        <message>
            <location line="+1" />
            <source>interest</source>
            <translation>interés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>title</source>
            <translation>título</translation>
        </message>
        <message>
            <location line="+7" />
            <source>added</source>
            <translation>añadido</translation>
        </message>
        <message>
            <location line="+2" />
            <source>removed</source>
            <translation>quitado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>moved to the trash</source>
            <translation>movido a la papelera</translation>
        </message>
        <message>
            <location line="+0" />
            <source>restored</source>
            <translation>restaurado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>changed {fields}</source>
            <translation>cambiado: {fields}</translation>
        </message>
        <message>
            <location line="+39" />
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>at home</source>
            <translation>en casa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>at the clinic</source>
            <translation>en la consulta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>by the lab</source>
            <translation>en el laboratorio</translation>
        </message>
        <message>
            <location line="+4" />
            <source>at set times</source>
            <translation>a horas fijas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>every few days</source>
            <translation>cada ciertos días</translation>
        </message>
        <message>
            <location line="+1" />
            <source>every few hours</source>
            <translation>cada ciertas horas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>as needed</source>
            <translation>a demanda</translation>
        </message>
        <message>
            <location line="+4" />
            <source>high</source>
            <translation>alta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>normal</source>
            <translation>normal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>low</source>
            <translation>baja</translation>
        </message>
        <message>
            <location line="+94" />
            <source>That change is no longer in the history.</source>
            <translation>Ese cambio ya no está en el historial.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The record this change was made to no longer exists.</source>
            <translation>El registro al que se hizo este cambio ya no existe.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/history_dialog.py" line="+31" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+87" />
            <source>nobody chosen</source>
            <translation>nadie elegido</translation>
        </message>
        <message>
            <location line="-86" />
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Changes</source>
            <translation>Cambios</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Revert this change</source>
            <translation>&amp;Deshacer este cambio</translation>
        </message>
        <message>
            <location line="+2" />
            <source>History of this &amp;record</source>
            <translation>Historial de este &amp;registro</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Close</source>
            <translation>&amp;Cerrar</translation>
        </message>
        <message>
            <location line="+23" />
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;b&gt;History of {kind} “{label}”&lt;/b&gt;</source>
            <translation>&lt;b&gt;Historial de {kind} “{label}”&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Activity</source>
            <translation>Actividad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;b&gt;Every change in this profile, newest first&lt;/b&gt;</source>
            <translation>&lt;b&gt;Todos los cambios de este perfil, los más recientes primero&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Undo this change by {who} ({what}: {change})? The undoing is kept in the history too.</source>
            <translation>¿Deshacer este cambio de {who} ({what}: {change})? Deshacerlo también queda en el historial.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+5" />
            <source>Revert</source>
            <translation>Deshacer</translation>
        </message>
    </context>
    <context>
        <name>IdleLock</name>
        <message>
            <location filename="../src/careorganiser/ui/idle_lock.py" line="+79" />
            <source>&amp;Lock now</source>
            <extracomment>How often the idle time and the locked reminders are looked at (a wake-up; the clock decides).</extracomment>
            <translation>&amp;Bloquear ahora</translation>
        </message>
        <message>
            <location line="+93" />
            <source>Locked — Care Organiser</source>
            <translation>Bloqueado — Care Organiser</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Locked</source>
            <translation>Bloqueado</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Profile: {name}</source>
            <translation>Perfil: {name}</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+1" />
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Unlock</source>
            <translation>&amp;Desbloquear</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Care Organiser (locked)</source>
            <translation>Care Organiser (bloqueado)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Unlock…</source>
            <translation>&amp;Desbloquear…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <location line="+14" />
            <source>A dose is due for the person in “{profile}” — unlock to see.</source>
            <translation>Toca una dosis para la persona de “{profile}”: desbloquee para verla.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Care Organiser</source>
            <translation>Care Organiser</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Type the passphrase to unlock.</source>
            <translation>Escriba la frase de contraseña para desbloquear.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Please wait {n} seconds before the next try.</source>
            <translation>Espere {n} segundos antes del siguiente intento.</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <location filename="../src/careorganiser/services/profiles.py" line="+114" />
            <source>Cannot read {path}: it is not a file (a folder, a device or a pipe).</source>
            <translation>No se puede leer {path}: no es un archivo (es una carpeta, un dispositivo o una tubería).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cannot read {path}: {error}</source>
            <translation>No se puede leer {path}: {error}</translation>
        </message>
    </context>
    <context>
        <name>JournalPage</name>
        <message>
            <location filename="../src/careorganiser/ui/journal/page.py" line="+33" />
            <source>Symptoms or measurements</source>
            <translation>Síntomas o mediciones</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Symptom &amp;journal</source>
            <translation>&amp;Diario de síntomas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Measurements and tests</source>
            <translation>&amp;Mediciones y pruebas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Symptom &amp;trends</source>
            <translation>&amp;Tendencias de síntomas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alt+J</source>
            <translation>Alt+D</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alt+M</source>
            <translation>Alt+M</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alt+T</source>
            <translation>Alt+T</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Symptoms &amp; measurements</source>
            <translation>Síntomas y mediciones</translation>
        </message>
        <message>
            <location line="+32" />
            <source>a symptom note</source>
            <translation>una nota de síntomas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a measurement</source>
            <translation>una medición</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/journal/note_words.py" line="+19" />
            <source>{number} – {words}</source>
            <translation>{number} – {words}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/journal/notes.py" line="+54" />
            <source>symptom, e.g. cough</source>
            <translation>síntoma, p. ej. tos</translation>
        </message>
        <message>
            <location line="+7" />
            <source>not noted</source>
            <translation>no anotado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Symptom {number}</source>
            <translation>Síntoma {number}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How bad was symptom {number}, from 0 none to 4 very severe</source>
            <translation>Cuánto molestó el síntoma {number}, de 0 nada a 4 muy grave</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove symptom {number}</source>
            <translation>Quitar el síntoma {number}</translation>
        </message>
        <message>
            <location line="+35" />
            <location line="+152" />
            <source>New note</source>
            <translation>Nota nueva</translation>
        </message>
        <message>
            <location line="-151" />
            <source>Symptom note</source>
            <translation>Nota de síntomas</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+4" />
            <location line="+54" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location line="-57" />
            <source>N&amp;ow</source>
            <translation>A&amp;hora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set the time to now</source>
            <translation>Poner la hora actual</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;When</source>
            <translation>&amp;Cuándo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&lt;b&gt;Symptoms&lt;/b&gt; — how bad, from 0 (none) to 4 (very severe)</source>
            <translation>&lt;b&gt;Síntomas&lt;/b&gt;: cuánto molestan, de 0 (nada) a 4 (muy grave)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Add symptom</source>
            <translation>&amp;Añadir síntoma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a symptom</source>
            <translation>Añadir un síntoma</translation>
        </message>
        <message>
            <location line="+14" />
            <source>How was the day? Anything to tell the doctor?</source>
            <translation>¿Qué tal fue el día? ¿Algo que contar al médico?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Notes</source>
            <translation>&amp;Notas</translation>
        </message>
        <message>
            <location line="+6" />
            <source>e.g. short walk, rested after lunch</source>
            <translation>p. ej. paseo corto, descansó después de comer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A&amp;ctivity and pacing</source>
            <translation>Actividad y &amp;ritmo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>words to find notes later, separated by commas</source>
            <translation>palabras para encontrar las notas después, separadas por comas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Tags</source>
            <translation>Eti&amp;quetas</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+95" />
            <source>&amp;Save note</source>
            <translation>&amp;Guardar nota</translation>
        </message>
        <message>
            <location line="-95" />
            <source>Save note</source>
            <translation>Guardar nota</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+95" />
            <source>C&amp;lear</source>
            <translation>&amp;Borrar</translation>
        </message>
        <message>
            <location line="-95" />
            <source>Clear the form</source>
            <translation>Vaciar el formulario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter saves, Escape cancels.</source>
            <translation>Intro guarda, Esc cancela.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Symptoms</source>
            <translation>Síntomas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activity and pacing</source>
            <translation>Actividad y ritmo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Journal, newest first</source>
            <translation>Diario, lo más reciente primero</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Number of notes</source>
            <translation>Número de notas</translation>
        </message>
        <message>
            <location line="-2" />
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit the selected note</source>
            <translation>Editar la nota seleccionada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete</source>
            <translation>Eli&amp;minar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete the selected note</source>
            <translation>Eliminar la nota seleccionada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No notes yet. Choose how bad each symptom is above, add a few words if you like, and press Save note.</source>
            <translation>Aún no hay notas. Elija arriba cuánto molesta cada síntoma, añada unas palabras si quiere y pulse Guardar nota.</translation>
        </message>
        <message numerus="yes">
            <location line="+16" />
            <source>&lt;b&gt;Journal&lt;/b&gt; — %n note(s), newest first</source>
            <translation>
                <numerusform>&lt;b&gt;Diario&lt;/b&gt;: %n nota, lo más reciente primero</numerusform>
                <numerusform>&lt;b&gt;Diario&lt;/b&gt;: %n notas, lo más reciente primero</numerusform>
            </translation>
        </message>
        <message>
            <location line="+69" />
            <source>Edit the note of {when}</source>
            <translation>Editar la nota del {when}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Save changes</source>
            <translation>&amp;Guardar cambios</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cance&amp;l edit</source>
            <translation>Cance&amp;lar edición</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/journal/note_words.py" line="+24" />
            <source>Symptom {number} has a severity but no name. Type a name or remove it.</source>
            <translation>El síntoma {number} tiene gravedad pero no nombre. Escriba un nombre o quítelo.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/journal/notes.py" line="+55" />
            <source>Cannot save the note</source>
            <translation>No se puede guardar la nota</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Delete note</source>
            <translation>Eliminar nota</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the note of {when}? You can undo this.</source>
            <translation>¿Eliminar la nota del {when}? Puede deshacerlo.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cannot delete</source>
            <translation>No se puede eliminar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deleted the note of {when}.</source>
            <translation>Se eliminó la nota del {when}.</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <location filename="../src/careorganiser/ui/language.py" line="+79" />
            <source>&amp;Language</source>
            <extracomment>Each language named in itself, as language menus do; "" follows the system. The locale used for dates and numbers when a language is chosen over the system's.</extracomment>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <location line="+12" />
            <source>System language</source>
            <translation>Idioma del sistema</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Care Organiser will use the new language the next time it starts.</source>
            <translation>Care Organiser usará el nuevo idioma la próxima vez que se abra.</translation>
        </message>
    </context>
    <context>
        <name>Lock</name>
        <message>
            <location filename="../src/careorganiser/store/lock.py" line="+68" />
            <source>the Care Organiser window (process {pid})</source>
            <extracomment>How long a writer waits for the lock before it gives up with a clear message (seconds).</extracomment>
            <translation>la ventana de Care Organiser (proceso {pid})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the command “careorganiser {what}” (process {pid})</source>
            <translation>la orden “careorganiser {what}” (proceso {pid})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>another Care Organiser process (process {pid})</source>
            <translation>otro proceso de Care Organiser (proceso {pid})</translation>
        </message>
        <message>
            <location line="+13" />
            <source>another Care Organiser process</source>
            <translation>otro proceso de Care Organiser</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The profile “{name}” is in use by {holder}; nothing was changed. Close it there or try again in a moment.</source>
            <translation>El perfil “{name}” está en uso por {holder}; no se cambió nada. Ciérrelo allí o inténtelo de nuevo en un momento.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../src/careorganiser/ui/main_window.py" line="+92" />
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Medications</source>
            <translation>Medicamentos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Appointments &amp; rides</source>
            <translation>Citas y traslados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Symptoms &amp; measurements</source>
            <translation>Síntomas y mediciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Questions</source>
            <translation>Preguntas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trials</source>
            <translation>Ensayos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contacts</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location line="+29" />
            <source>{name} — Care Organiser</source>
            <extracomment>The user asked to switch profile; the application closes this window and shows the picker. The profile's file was replaced (restore): the application reopens it in a new window.</extracomment>
            <translation>{name} — Care Organiser</translation>
        </message>
        <message>
            <location line="+12" />
            <source>This profile is open read-only.</source>
            <translation>Este perfil está abierto en modo de solo lectura.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Read-only</source>
            <translation>Solo lectura</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Areas</source>
            <translation>Secciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose an area: Ctrl+1 to Ctrl+8</source>
            <translation>Elija una sección: Ctrl+1 a Ctrl+8</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Profile: {name}</source>
            <translation>Perfil: {name}</translation>
        </message>
        <message>
            <location line="+77" />
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <location line="+15" />
            <source>E&amp;xport as JSON…</source>
            <translation>E&amp;xportar como JSON…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;History of changes…</source>
            <translation>&amp;Historial de cambios…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>History of the selected &amp;record…</source>
            <translation>Historial del &amp;registro seleccionado…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Switch profile…</source>
            <translation>&amp;Cambiar de perfil…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <location line="-38" />
            <source>&amp;Go</source>
            <translation>&amp;Ir</translation>
        </message>
        <message>
            <location line="+50" />
            <source>&amp;Search</source>
            <translation>&amp;Buscar</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;New</source>
            <translation>&amp;Nuevo</translation>
        </message>
        <message>
            <location line="-54" />
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <location line="+63" />
            <source>&amp;About Care Organiser</source>
            <translation>&amp;Acerca de Care Organiser</translation>
        </message>
        <message>
            <location line="+58" />
            <source>What you were typing is back in the form; it is not saved yet.</source>
            <translation>Lo que estaba escribiendo vuelve a estar en el formulario; todavía no está guardado.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>text in the form “{form}”</source>
            <translation>texto en el formulario “{form}”</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not saved yet</source>
            <translation>Todavía sin guardar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You have typed {what} that is not saved. Close without saving it? Choose Cancel to go back and save it.</source>
            <translation>Ha escrito {what} que no está guardada. ¿Cerrar sin guardarla? Elija Cancelar para volver y guardarla.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close without saving</source>
            <translation>Cerrar sin guardar</translation>
        </message>
    </context>
    <context>
        <name>Measurements</name>
        <message>
            <location filename="../src/careorganiser/services/measurements.py" line="+54" />
            <source>Lung function</source>
            <translation>Función pulmonar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vital signs and weight</source>
            <translation>Constantes vitales y peso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Blood tests</source>
            <translation>Análisis de sangre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your own kinds</source>
            <translation>Sus propios tipos</translation>
        </message>
        <message>
            <location line="+6" />
            <source>home</source>
            <translation>casa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>clinic</source>
            <translation>consulta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>lab</source>
            <translation>laboratorio</translation>
        </message>
        <message>
            <location line="+42" />
            <location line="+220" />
            <source>That measurement no longer exists.</source>
            <translation>Esa medición ya no existe.</translation>
        </message>
        <message>
            <location line="-181" />
            <source>{low} to {high}{unit}</source>
            <translation>{low} a {high}{unit}</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Choose what was measured.</source>
            <translation>Elija qué se midió.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“{kind}” is not a known kind of measurement. Choose one from the list or add your own kind.</source>
            <translation>“{kind}” no es un tipo de medición conocido. Elija uno de la lista o añada su propio tipo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Value: type one number here. A blood pressure of {top}/{bottom} is two measurements: {top} as {systolic} and {bottom} as {diastolic}.</source>
            <translation>Valor: escriba un solo número aquí. Una tensión arterial de {top}/{bottom} son dos mediciones: {top} como {systolic} y {bottom} como {diastolic}.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{number} or {number} {unit}</source>
            <translation>{number} o {number} {unit}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+164" />
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <location line="-156" />
            <source>Value: {label} is recorded in {unit}, not “{given}”. Type it like {example}.</source>
            <translation>Valor: {label} se registra en {unit}, no en “{given}”. Escríbalo como {example}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>plain numbers</source>
            <translation>números simples</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{label} is recorded in {unit}, not “{given}”.</source>
            <translation>{label} se registra en {unit}, no en “{given}”.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{label} of {value}{unit} is not plausible: it should be from {range}. Check the number.</source>
            <translation>{label}: {value}{unit} no es verosímil: debería ser de {range}. Revise el número.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>If it is in {other}, type “{value} {other}” (that is {converted}{unit}).</source>
            <translation>Si está en {other}, escriba “{value} {other}” (equivale a {converted}{unit}).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The value is too large to be a measurement.</source>
            <translation>El valor es demasiado grande para ser una medición.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose where it was measured: home, clinic or lab.</source>
            <translation>Elija dónde se midió: casa, consulta o laboratorio.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bottom of the reference range</source>
            <translation>Límite inferior del intervalo de referencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Top of the reference range</source>
            <translation>Límite superior del intervalo de referencia</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The top of the reference range is below its bottom.</source>
            <translation>El límite superior del intervalo de referencia está por debajo del inferior.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Choose when it was taken: at rest, on exertion, during sleep or on oxygen.</source>
            <translation>Elija cuándo se tomó: en reposo, con esfuerzo, durante el sueño o con oxígeno.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>{value} is {change} more than {previous} on {date}.</source>
            <translation>{value} son {change} más que {previous} el {date}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{value} is {change} less than {previous} on {date}.</source>
            <translation>{value} son {change} menos que {previous} el {date}.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Typed in {other}? Write {value} {other}.</source>
            <translation>¿Escrito en {other}? Escriba {value} {other}.</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+7" />
            <source>There is already a kind called “{label}”.</source>
            <translation>Ya hay un tipo llamado “{label}”.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A key uses lower-case letters, digits and _ (at most 64).</source>
            <translation>Una clave usa minúsculas, cifras y _ (como máximo 64).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The key “{key}” is already used.</source>
            <translation>La clave “{key}” ya está en uso.</translation>
        </message>
        <message>
            <source>FVC % predicted</source>
            <translation>FVC (CVF) % del teórico</translation>
        </message>
        <message>
            <source>FVC</source>
            <translation>FVC (CVF)</translation>
        </message>
        <message>
            <source>FEV1</source>
            <translation>FEV1 (VEMS)</translation>
        </message>
        <message>
            <source>FEV1/FVC ratio</source>
            <translation>Cociente FEV1/FVC</translation>
        </message>
        <message>
            <source>DLCO % predicted</source>
            <translation>DLCO % del teórico</translation>
        </message>
        <message>
            <source>Six-minute walk distance</source>
            <translation>Distancia en la prueba de marcha de 6 minutos</translation>
        </message>
        <message>
            <source>SpO2</source>
            <translation>SpO2</translation>
        </message>
        <message>
            <source>Oxygen flow</source>
            <translation>Flujo de oxígeno</translation>
        </message>
        <message>
            <source>Heart rate</source>
            <translation>Frecuencia cardiaca</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Peso</translation>
        </message>
        <message>
            <source>Blood pressure (systolic)</source>
            <translation>Presión arterial (sistólica)</translation>
        </message>
        <message>
            <source>Blood pressure (diastolic)</source>
            <translation>Presión arterial (diastólica)</translation>
        </message>
        <message>
            <source>ALT</source>
            <translation>ALT (GPT)</translation>
        </message>
        <message>
            <source>AST</source>
            <translation>AST (GOT)</translation>
        </message>
        <message>
            <source>Bilirubin</source>
            <translation>Bilirrubina</translation>
        </message>
        <message>
            <source>Creatinine</source>
            <translation>Creatinina</translation>
        </message>
        <message>
            <source>Haemoglobin</source>
            <translation>Hemoglobina</translation>
        </message>
        <message>
            <source>FEV1 % predicted</source>
            <translation>FEV1 % del teórico</translation>
        </message>
        <message>
            <source>Direct bilirubin</source>
            <translation>Bilirrubina directa</translation>
        </message>
        <message>
            <source>eGFR (from the lab)</source>
            <translation>FGe (del laboratorio)</translation>
        </message>
        <message>
            <source>Creatinine clearance</source>
            <translation>Aclaramiento de creatinina</translation>
        </message>
        <message>
            <source>Platelets</source>
            <translation>Plaquetas</translation>
        </message>
        <message>
            <source>Neutrophils</source>
            <translation>Neutrófilos</translation>
        </message>
    </context>
    <context>
        <name>MeasurementsPanel</name>
        <message>
            <location filename="../src/careorganiser/ui/journal/measurement_words.py" line="+25" />
            <source>at home</source>
            <translation>en casa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>at the clinic</source>
            <translation>en la consulta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>by the lab</source>
            <translation>en el laboratorio</translation>
        </message>
        <message>
            <location line="+5" />
            <source>not stated</source>
            <translation>no indicado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>at rest</source>
            <translation>en reposo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>on exertion (walking, exercise)</source>
            <translation>con esfuerzo (caminar, ejercicio)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>during sleep</source>
            <translation>durante el sueño</translation>
        </message>
        <message>
            <location line="+0" />
            <source>on oxygen</source>
            <translation>con oxígeno</translation>
        </message>
        <message>
            <location line="+7" />
            <source>(unit not converted)</source>
            <translation>(unidad no convertida)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(above range)</source>
            <translation>(sobre el intervalo)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(below range)</source>
            <translation>(bajo el intervalo)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Imported in {unit} before imports converted units: it is not used in the chart or the pre-screen. Enter it again in {kind_unit}.</source>
            <translation>Importada en {unit} antes de que la importación convirtiera unidades: no se usa en el gráfico ni en la preselección. Introdúzcala de nuevo en {kind_unit}.</translation>
        </message>
        <message>
            <location line="+64" />
            <source> or </source>
            <translation> o </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type it in {unit}, or in {others} with the unit after the number (“{example}”): it is saved in {unit}.</source>
            <translation>Escríbalo en {unit}, o en {others} con la unidad después del número («{example}»): se guarda en {unit}.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Saved {value} (from {typed}).</source>
            <translation>Guardado: {value} (a partir de {typed}).</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/journal/measurements.py" line="+94" />
            <location line="+120" />
            <source>Add your own kind of measurement</source>
            <translation>Añadir su propio tipo de medición</translation>
        </message>
        <message>
            <location line="-117" />
            <source>For a reading the list does not have, such as peak flow or blood sugar.</source>
            <translation>Para una lectura que no está en la lista, como el flujo espiratorio máximo o la glucosa.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>e.g. Peak flow</source>
            <translation>p. ej. Flujo espiratorio máximo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>e.g. L/min (may be left empty)</source>
            <translation>p. ej. L/min (se puede dejar vacío)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Unit</source>
            <translation>&amp;Unidad</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Add kind</source>
            <translation>&amp;Añadir tipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add kind</source>
            <translation>Añadir tipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Cannot add the kind</source>
            <translation>No se puede añadir el tipo</translation>
        </message>
        <message>
            <location line="+69" />
            <location line="+152" />
            <source>Add a measurement</source>
            <translation>Añadir una medición</translation>
        </message>
        <message>
            <location line="-151" />
            <source>Measurement</source>
            <translation>Medición</translation>
        </message>
        <message>
            <location line="+130" />
            <source>The trend could not be drawn. {reason}</source>
            <translation>No se pudo dibujar la tendencia. {reason}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/journal/measurement_form.py" line="+68" />
            <source>&amp;What</source>
            <translation>&amp;Qué</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What was measured</source>
            <translation>Qué se midió</translation>
        </message>
        <message>
            <location line="+15" />
            <source>V&amp;alue</source>
            <translation>V&amp;alor</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+1" />
            <source>When it was measured</source>
            <translation>Cuándo se midió</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Whe&amp;n</source>
            <translation>&amp;Cuándo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Measured a&amp;t</source>
            <translation>Medido e&amp;n</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Where it was measured</source>
            <translation>Dónde se midió</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Ta&amp;ken</source>
            <translation>&amp;Tomada</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What the person was doing when it was taken</source>
            <translation>Qué hacía la persona cuando se tomó</translation>
        </message>
        <message>
            <location line="+4" />
            <source>from</source>
            <translation>de</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reference range, lowest normal value (optional)</source>
            <translation>Intervalo de referencia, valor normal más bajo (opcional)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reference range, highest normal value (optional)</source>
            <translation>Intervalo de referencia, valor normal más alto (opcional)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Reference
range</source>
            <translation>Intervalo de
&amp;referencia</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The normal range printed on the lab report, if there is one.</source>
            <translation>El intervalo normal impreso en el informe del laboratorio, si lo hay.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>optional</source>
            <translation>opcional</translation>
        </message>
        <message>
            <location line="+1" />
            <source>N&amp;ote</source>
            <translation>N&amp;ota</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/journal/measurements.py" line="-118" />
            <location line="+140" />
            <source>&amp;Save measurement</source>
            <translation>&amp;Guardar medición</translation>
        </message>
        <message>
            <location line="-140" />
            <source>Save measurement</source>
            <translation>Guardar medición</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+139" />
            <source>C&amp;lear</source>
            <translation>&amp;Borrar</translation>
        </message>
        <message>
            <location line="-139" />
            <source>Clear the form</source>
            <translation>Vaciar el formulario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter saves, Escape cancels.</source>
            <translation>Intro guarda, Esc cancela.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add your own &amp;kind…</source>
            <translation>Añadir su propio ti&amp;po…</translation>
        </message>
        <message>
            <location line="+21" />
            <source>L&amp;ist</source>
            <translation>Li&amp;sta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Which measurements to list and chart</source>
            <translation>Qué mediciones listar y representar</translation>
        </message>
        <message>
            <location line="-2" />
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit the selected measurement</source>
            <translation>Editar la medición seleccionada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete</source>
            <translation>Eli&amp;minar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete the selected measurement</source>
            <translation>Eliminar la medición seleccionada</translation>
        </message>
        <message>
            <location line="+6" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/journal/measurement_words.py" line="-54" />
            <location filename="../src/careorganiser/ui/journal/measurements.py" line="+1" />
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/journal/measurements.py" line="+2" />
            <source>Normal range</source>
            <translation>Intervalo normal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Taken</source>
            <translation>Condición</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Measurements, newest first</source>
            <translation>Mediciones, las más recientes primero</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No measurements yet. Choose what was measured on the left, type the value and press Save measurement.</source>
            <translation>Aún no hay mediciones. Elija a la izquierda qué se midió, escriba el valor y pulse Guardar medición.</translation>
        </message>
        <message>
            <location line="-172" />
            <source>All kinds</source>
            <translation>Todos los tipos</translation>
        </message>
        <message numerus="yes">
            <location line="+190" />
            <source>%n measurement(s)</source>
            <translation>
                <numerusform>%n medición</numerusform>
                <numerusform>%n mediciones</numerusform>
            </translation>
        </message>
        <message>
            <location line="+41" />
            <source>No measurements yet. Once you add some, their trend over time is drawn here, one kind at a time.</source>
            <translation>Aún no hay mediciones. Cuando añada alguna, aquí se dibujará su tendencia en el tiempo, un tipo cada vez.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/journal/measurement_words.py" line="+0" />
            <source>Value in {unit}</source>
            <translation>Valor en {unit}</translation>
        </message>
        <message>
            <location line="-6" />
            <source>{low} to {high}</source>
            <translation>{low} a {high}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/journal/measurements.py" line="+48" />
            <source>Edit the measurement of {when}</source>
            <translation>Editar la medición del {when}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Save changes</source>
            <translation>&amp;Guardar cambios</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cance&amp;l edit</source>
            <translation>Cance&amp;lar edición</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Check the number</source>
            <translation>Compruebe el número</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save it as typed?</source>
            <translation>¿Guardarlo tal como está escrito?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save as typed</source>
            <translation>Guardar tal cual</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot save the measurement</source>
            <translation>No se puede guardar la medición</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/journal/measurement_words.py" line="+21" />
            <source>{label} {value} of {when}</source>
            <translation>{label} {value} del {when}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/journal/measurements.py" line="+42" />
            <source>Delete measurement</source>
            <translation>Eliminar medición</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete {what}? You can undo this.</source>
            <translation>¿Eliminar {what}? Puede deshacerlo.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cannot delete</source>
            <translation>No se puede eliminar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deleted {what}.</source>
            <translation>Se eliminó {what}.</translation>
        </message>
    </context>
    <context>
        <name>MedicationDialogs</name>
        <message>
            <location filename="../src/careorganiser/ui/medications/dialogs.py" line="+70" />
            <source>{field}: {problem}</source>
            <translation>{field}: {problem}</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Stop taking {name}</source>
            <translation>Dejar de tomar {name}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Its schedules and dose history are kept, and it can be taken again later.</source>
            <translation>Se conservan sus pautas y su historial de dosis, y puede volver a tomarse más adelante.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Stop taking</source>
            <translation>&amp;Dejar de tomar</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+2" />
            <location line="+39" />
            <source>Stopped on</source>
            <translation>Suspendido el</translation>
        </message>
        <message>
            <location line="-39" />
            <source>Stopped &amp;on</source>
            <translation>Suspendido &amp;el</translation>
        </message>
        <message>
            <location line="+9" />
            <source>e.g. course finished, side effects, doctor's advice</source>
            <translation>p. ej. tratamiento terminado, efectos secundarios, indicación médica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Why</source>
            <translation>&amp;Por qué</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Why it was stopped</source>
            <translation>Por qué se suspendió</translation>
        </message>
        <message>
            <location line="+13" />
            <source>From now: {name} moves to the stopped list, and none of its later doses today is reminded. Doses recorded earlier today still count.</source>
            <translation>Desde ahora: {name} pasa a la lista de suspendidos y no se recuerda ninguna de sus dosis posteriores de hoy. Las dosis registradas antes hoy siguen contando.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} stays under “Taking now”, with its doses reminded, up to and including {date}; it moves to the stopped list after that day.</source>
            <translation>{name} sigue en “Toma ahora”, con recordatorio de sus dosis, hasta el {date} incluido; pasa a la lista de suspendidos después de ese día.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} moves to the stopped list now, with {date} recorded as the last day it was taken; its doses up to the end of that day still count.</source>
            <translation>{name} pasa ahora a la lista de suspendidos, con el {date} registrado como el último día que se tomó; sus dosis hasta el final de ese día siguen contando.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>3 Dec 2026 or 03/12/2026</source>
            <translation>3 dic 2026 o 03/12/2026</translation>
        </message>
        <message>
            <location line="+14" />
            <source>units</source>
            <translation>unidades</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The stock of {name} is not counted yet; the refill becomes the stock.</source>
            <translation>Las existencias de {name} aún no se cuentan; lo repuesto pasa a ser las existencias.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name}: {stock} {unit} now.</source>
            <translation>{name}: {stock} {unit} ahora.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Record a refill of {name}</source>
            <translation>Registrar una reposición de {name}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Add to stock</source>
            <translation>&amp;Añadir a existencias</translation>
        </message>
        <message>
            <location line="+6" />
            <source>how many {unit} were collected</source>
            <translation>cuántas {unit} se recogieron</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Amount added</source>
            <translation>&amp;Cantidad añadida</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Amount added</source>
            <translation>Cantidad añadida</translation>
        </message>
    </context>
    <context>
        <name>MedicationForm</name>
        <message>
            <location filename="../src/careorganiser/ui/medications/form_logic.py" line="+28" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/form.py" line="+126" />
            <location filename="../src/careorganiser/ui/medications/form_logic.py" line="+0" />
            <source>Strength</source>
            <translation>Concentración</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/careorganiser/ui/medications/form_logic.py" line="+0" />
            <source>Form</source>
            <translation>Forma</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/careorganiser/ui/medications/form_logic.py" line="+0" />
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/careorganiser/ui/medications/form_logic.py" line="+1" />
            <source>Route</source>
            <translation>Vía</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/form_logic.py" line="+0" />
            <source>Purpose</source>
            <translation>Para qué</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/form.py" line="+3" />
            <location filename="../src/careorganiser/ui/medications/form_logic.py" line="+0" />
            <source>Instructions</source>
            <translation>Instrucciones</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../src/careorganiser/ui/medications/form_logic.py" line="+1" />
            <source>Prescriber</source>
            <translation>Prescriptor</translation>
        </message>
        <message>
            <location line="+6" />
            <location filename="../src/careorganiser/ui/medications/form_logic.py" line="+0" />
            <source>Start date</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <location line="+14" />
            <location filename="../src/careorganiser/ui/medications/form_logic.py" line="+0" />
            <source>Stock now</source>
            <translation>Existencias ahora</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../src/careorganiser/ui/medications/form_logic.py" line="+1" />
            <source>Stock counted in</source>
            <translation>Existencias contadas en</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/form_logic.py" line="+0" />
            <source>Refill when down to</source>
            <translation>Reponer al llegar a</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Units per dose</source>
            <translation>Unidades por dosis</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/form.py" line="+14" />
            <location filename="../src/careorganiser/ui/medications/form_logic.py" line="+0" />
            <source>Schedules</source>
            <translation>Pautas</translation>
        </message>
        <message>
            <location line="-70" />
            <source>Medication form</source>
            <translation>Formulario del medicamento</translation>
        </message>
        <message>
            <location line="+22" />
            <source>About the medication</source>
            <translation>Sobre el medicamento</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name of the medication</source>
            <translation>Nombre del medicamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Pirfenidone</source>
            <translation>p. ej. Pirfenidona</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stren&amp;gth</source>
            <translation>Concentra&amp;ción</translation>
        </message>
        <message>
            <location line="+0" />
            <source>e.g. 267 mg</source>
            <translation>p. ej. 267 mg</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Form</source>
            <translation>&amp;Forma</translation>
        </message>
        <message>
            <location line="+0" />
            <source>e.g. capsule, tablet, inhaler</source>
            <translation>p. ej. cápsula, comprimido, inhalador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Dose</source>
            <translation>&amp;Dosis</translation>
        </message>
        <message>
            <location line="+0" />
            <source>e.g. 3 capsules</source>
            <translation>p. ej. 3 cápsulas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Route</source>
            <translation>&amp;Vía</translation>
        </message>
        <message>
            <location line="+0" />
            <source>e.g. by mouth, inhaled</source>
            <translation>p. ej. oral, inhalada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Purpose</source>
            <translation>&amp;Para qué</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <source>What it is for</source>
            <translation>Para qué es</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Instructions</source>
            <translation>&amp;Instrucciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. take with food</source>
            <translation>p. ej. tomar con comida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prescri&amp;ber</source>
            <translation>Prescripto&amp;r</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The day it was first taken. Reminders begin when it is saved here: no earlier dose is counted as missed.</source>
            <translation>El día en que se tomó por primera vez. Los recordatorios empiezan cuando se guarda aquí: ninguna dosis anterior cuenta como olvidada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start dat&amp;e</source>
            <translation>Fecha de inici&amp;o</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reminders begin when you save; no earlier dose counts as missed.</source>
            <translation>Los recordatorios empiezan al guardar; ninguna dosis anterior cuenta como olvidada.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Supply</source>
            <translation>Suministro</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stoc&amp;k now</source>
            <translation>E&amp;xistencias ahora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>how many are left, e.g. 90</source>
            <translation>cuántas quedan, p. ej. 90</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stock &amp;counted in</source>
            <translation>Existencias contadas &amp;en</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. capsules, puffs</source>
            <translation>p. ej. cápsulas, inhalaciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refill &amp;when down to</source>
            <translation>Reponer al &amp;llegar a</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refill when stock is down to</source>
            <translation>Reponer cuando las existencias bajen a</translation>
        </message>
        <message>
            <location line="+0" />
            <source>e.g. 14</source>
            <translation>p. ej. 14</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Units per dose</source>
            <translation>&amp;Unidades por dosis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Units taken per dose</source>
            <translation>Unidades tomadas por dosis</translation>
        </message>
        <message>
            <location line="+0" />
            <source>e.g. 3</source>
            <translation>p. ej. 3</translation>
        </message>
        <message>
            <location line="+6" />
            <source>When to take it</source>
            <translation>Cuándo tomarlo</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Schedu&amp;les</source>
            <translation>Pau&amp;tas</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Add another schedule</source>
            <translation>&amp;Añadir otra pauta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add another schedule</source>
            <translation>Añadir otra pauta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove this sc&amp;hedule</source>
            <translation>&amp;Quitar esta pauta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the chosen schedule</source>
            <translation>Quitar la pauta elegida</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No schedule yet. Add one so reminders know when a dose is due; choose “As needed” for a reliever.</source>
            <translation>Aún no hay pauta. Añada una para que los recordatorios sepan cuándo toca una dosis; elija “A demanda” para un medicamento de rescate.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Type a time such as 08:00 or 1pm; it is kept when you move on.</source>
            <translation>Escriba una hora como 08:00 o 13:00; se conserva al pasar al siguiente campo.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save the medication</source>
            <translation>Guardar el medicamento</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/form_logic.py" line="+60" />
            <source>New medication</source>
            <translation>Medicamento nuevo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change {name}</source>
            <translation>Cambiar {name}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/form.py" line="+64" />
            <source>A changed schedule applies from when you save it.</source>
            <translation>Una pauta cambiada se aplica desde que se guarda.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/form_logic.py" line="-52" />
            <source>New schedule (not finished)</source>
            <translation>Pauta nueva (sin terminar)</translation>
        </message>
        <message>
            <location line="+70" />
            <source>Schedule {number}, {field}: {problem}</source>
            <translation>Pauta {number}, {field}: {problem}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{field}: {problem}</source>
            <translation>{field}: {problem}</translation>
        </message>
    </context>
    <context>
        <name>Medications</name>
        <message>
            <location filename="../src/careorganiser/services/medications.py" line="+138" />
            <location line="+7" />
            <source>That medication no longer exists.</source>
            <translation>Ese medicamento ya no existe.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Strength</source>
            <translation>Concentración</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Form</source>
            <translation>Forma</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Route</source>
            <translation>Vía</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Purpose</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Instructions</source>
            <translation>Instrucciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why it was stopped</source>
            <translation>Por qué se suspendió</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stock counted in</source>
            <translation>Existencias contadas en</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location line="+22" />
            <source>“{text}” is not a number</source>
            <translation>“{text}” no es un número</translation>
        </message>
        <message>
            <location line="+4" />
            <source>please enter a number (it is required)</source>
            <translation>escriba un número (es obligatorio)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>must be a number</source>
            <translation>debe ser un número</translation>
        </message>
        <message>
            <location line="+3" />
            <source>must be an ordinary number</source>
            <translation>debe ser un número normal</translation>
        </message>
        <message>
            <location line="+2" />
            <source>must be more than {value}</source>
            <translation>debe ser mayor que {value}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>cannot be less than {value}</source>
            <translation>no puede ser menor que {value}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>too large (at most {value})</source>
            <translation>demasiado grande (como máximo {value})</translation>
        </message>
        <message>
            <location line="+7" />
            <source>must be a date without a time</source>
            <translation>debe ser una fecha sin hora</translation>
        </message>
        <message>
            <location line="+9" />
            <source>please choose a date (it is required)</source>
            <translation>elija una fecha (es obligatorio)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>must be a date</source>
            <translation>debe ser una fecha</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+126" />
            <source>{date} is not a plausible date</source>
            <translation>{date} no es una fecha verosímil</translation>
        </message>
        <message>
            <location line="-118" />
            <source>“{text}” is not a real date (write it like 2026-11-21)</source>
            <translation>“{text}” no es una fecha real (escríbala como 2026-11-21)</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Medication details were given in a form this version cannot read.</source>
            <translation>Los datos del medicamento vienen en una forma que esta versión no puede leer.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>not one of your contacts; choose one from the list, or none</source>
            <translation>no es uno de sus contactos; elija uno de la lista o ninguno</translation>
        </message>
        <message>
            <location line="+37" />
            <source>is not a schedule</source>
            <translation>no es una pauta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>choose how often it is taken</source>
            <translation>elija con qué frecuencia se toma</translation>
        </message>
        <message>
            <location line="+4" />
            <source>add at least one time of day</source>
            <translation>añada al menos una hora del día</translation>
        </message>
        <message>
            <location line="+2" />
            <source>tick at least one day of the week</source>
            <translation>marque al menos un día de la semana</translation>
        </message>
        <message>
            <location line="+4" />
            <source>must be a whole number of days from 1 to {max}</source>
            <translation>debe ser un número entero de días de 1 a {max}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>choose the date of the first dose</source>
            <translation>elija la fecha de la primera dosis</translation>
        </message>
        <message>
            <location line="+5" />
            <source>must be a number of hours from {low} to {high}</source>
            <translation>debe ser un número de horas de {low} a {high}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>choose the date and time of the first dose</source>
            <translation>elija la fecha y hora de la primera dosis</translation>
        </message>
        <message>
            <location line="+5" />
            <source>must be a number of hours from 0 to {max}</source>
            <translation>debe ser un número de horas de 0 a {max}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>must be a whole number from 1 to {max}</source>
            <translation>debe ser un número entero de 1 a {max}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the last day cannot be before the first day</source>
            <translation>el último día no puede ser anterior al primero</translation>
        </message>
        <message>
            <location line="+17" />
            <source>must be a list of schedules</source>
            <translation>debe ser una lista de pautas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>at most 20 schedules per medication</source>
            <translation>como máximo 20 pautas por medicamento</translation>
        </message>
        <message>
            <location line="+100" />
            <source>cannot be after the day it was stopped ({date})</source>
            <translation>no puede ser posterior al día en que se suspendió ({date})</translation>
        </message>
        <message>
            <location line="+40" />
            <source>cannot be before it was started ({date})</source>
            <translation>no puede ser anterior a cuando se empezó ({date})</translation>
        </message>
        <message>
            <location line="+19" />
            <source>{name} has not been stopped.</source>
            <translation>{name} no se ha suspendido.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>cannot be before the day it was stopped ({date})</source>
            <translation>no puede ser anterior al día en que se suspendió ({date})</translation>
        </message>
        <message>
            <location line="+34" />
            <source>would make the stock more than {max}</source>
            <translation>haría que las existencias superaran {max}</translation>
        </message>
        <message>
            <location line="+16" />
            <source>A stopped medication is kept as part of the history and cannot be deleted.</source>
            <translation>Un medicamento suspendido se conserva como parte del historial y no se puede eliminar.</translation>
        </message>
    </context>
    <context>
        <name>MedicationsPage</name>
        <message>
            <location filename="../src/careorganiser/ui/medications/page.py" line="+60" />
            <source>&amp;New medication…</source>
            <extracomment>Dose changes name their records: the history puts those rows in place instead of reading its span again.</extracomment>
            <translation>&amp;Medicamento nuevo…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New medication</source>
            <translation>Medicamento nuevo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a medication (Ctrl+N)</source>
            <translation>Añadir un medicamento (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/lists.py" line="+73" />
            <location line="+13" />
            <source>Medication</source>
            <translation>Medicamento</translation>
        </message>
        <message>
            <location line="-12" />
            <location filename="../src/careorganiser/ui/medications/wording.py" line="+73" />
            <location line="+2" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/wording.py" line="-39" />
            <source>no schedule</source>
            <translation>sin pauta</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/lists.py" line="+1" />
            <location filename="../src/careorganiser/ui/medications/wording.py" line="+52" />
            <source>Stock</source>
            <translation>Existencias</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/wording.py" line="-44" />
            <source>Running low</source>
            <translation>Quedan pocas</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/lists.py" line="+4" />
            <source>Medications taken now</source>
            <translation>Medicamentos actuales</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Taking now</source>
            <translation>&amp;Toma ahora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No medications yet. Press “New medication” (Ctrl+N) to add the first one, with when it is taken.</source>
            <translation>Aún no hay medicamentos. Pulse “Medicamento nuevo” (Ctrl+N) para añadir el primero, con cuándo se toma.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Stopped on</source>
            <translation>Suspendido el</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why</source>
            <translation>Por qué</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Stopped medications</source>
            <translation>Medicamentos suspendidos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sto&amp;pped</source>
            <translation>Sus&amp;pendidos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nothing stopped. A medication that is stopped is kept here with the date and the reason.</source>
            <translation>Nada suspendido. Un medicamento suspendido se guarda aquí con la fecha y el motivo.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/details.py" line="+25" />
            <source>Choose a medication on the left to see its details and dose history.</source>
            <translation>Elija un medicamento a la izquierda para ver sus detalles y su historial de dosis.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Medication details</source>
            <translation>Detalles del medicamento</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit the medication</source>
            <translation>Editar el medicamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record &amp;refill…</source>
            <translation>Registrar &amp;reposición…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Record a refill</source>
            <translation>Registrar una reposición</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Stop taking…</source>
            <translation>&amp;Dejar de tomar…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Stop taking this medication</source>
            <translation>Dejar de tomar este medicamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take &amp;again…</source>
            <translation>&amp;Volver a tomar…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Take this medication again</source>
            <translation>Volver a tomar este medicamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete</source>
            <translation>Eli&amp;minar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete the medication</source>
            <translation>Eliminar el medicamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For a medication added by mistake. Use Stop taking to keep its history.</source>
            <translation>Para un medicamento añadido por error. Use Dejar de tomar para conservar su historial.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-&amp;up…</source>
            <translation>Se&amp;guimiento…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Follow-up plan for this medication</source>
            <translation>Plan de seguimiento de este medicamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Visits, tests due, change from baseline and side effects</source>
            <translation>Visitas, pruebas pendientes, cambio desde la basal y efectos secundarios</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/page.py" line="+53" />
            <source>Medications</source>
            <translation>Medicamentos</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/wording.py" line="+25" />
            <source>For</source>
            <translation>Para</translation>
        </message>
        <message>
            <location line="+2" />
            <source>How</source>
            <translation>Cómo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No schedule: choose Edit to say when it is taken.</source>
            <translation>Sin pauta: elija Editar para indicar cuándo se toma.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Prescribed by</source>
            <translation>Recetado por</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Started</source>
            <translation>Iniciado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stopped</source>
            <translation>Suspendido</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Stops</source>
            <translation>Termina</translation>
        </message>
        <message>
            <location line="-29" />
            <source>units</source>
            <translation>unidades</translation>
        </message>
        <message>
            <location line="+4" />
            <source>about {days} days' supply</source>
            <translation>existencias para unos {days} días</translation>
        </message>
        <message>
            <location line="+2" />
            <source>running low: refill when down to {n}</source>
            <translation>quedan pocas: reponer al llegar a {n}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/page.py" line="+129" />
            <source>Edit medication</source>
            <translation>Editar medicamento</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/wording.py" line="+44" />
            <source>Take {name} again? It moves back to “Taking now” from now. The stop ({date}) stays in its history, and the appointment pack lists it; its dose history is kept.</source>
            <translation>¿Volver a tomar {name}? Vuelve a “Toma ahora” desde ahora. La suspensión ({date}) queda en su historial y el dosier de la cita la muestra; se conserva su historial de dosis.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/page.py" line="+36" />
            <location line="+5" />
            <source>Take again</source>
            <translation>Volver a tomar</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/wording.py" line="+6" />
            <source>Delete {name}? Only do this for a medication added by mistake: to keep its history, use “Stop taking” instead.</source>
            <translation>¿Eliminar {name}? Hágalo solo con un medicamento añadido por error: para conservar su historial, use “Dejar de tomar”.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/page.py" line="+8" />
            <location line="+5" />
            <source>Delete medication</source>
            <translation>Eliminar medicamento</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Deleted “{name}”.</source>
            <translation>Se eliminó “{name}”.</translation>
        </message>
    </context>
    <context>
        <name>Months</name>
        <message>
            <location filename="../src/careorganiser/domain/formatting.py" line="-54" />
            <source>January</source>
            <translation>de enero de</translation>
        </message>
        <message>
            <location line="+0" />
            <source>February</source>
            <translation>de febrero de</translation>
        </message>
        <message>
            <location line="+1" />
            <source>March</source>
            <translation>de marzo de</translation>
        </message>
        <message>
            <location line="+0" />
            <source>April</source>
            <translation>de abril de</translation>
        </message>
        <message>
            <location line="+0" />
            <source>May</source>
            <translation>de mayo de</translation>
        </message>
        <message>
            <location line="+1" />
            <source>June</source>
            <translation>de junio de</translation>
        </message>
        <message>
            <location line="+0" />
            <source>July</source>
            <translation>de julio de</translation>
        </message>
        <message>
            <location line="+0" />
            <source>August</source>
            <translation>de agosto de</translation>
        </message>
        <message>
            <location line="+1" />
            <source>September</source>
            <translation>de septiembre de</translation>
        </message>
        <message>
            <location line="+0" />
            <source>October</source>
            <translation>de octubre de</translation>
        </message>
        <message>
            <location line="+1" />
            <source>November</source>
            <translation>de noviembre de</translation>
        </message>
        <message>
            <location line="+0" />
            <source>December</source>
            <translation>de diciembre de</translation>
        </message>
    </context>
    <context>
        <name>Outputs</name>
        <message>
            <location filename="../src/careorganiser/store/outputs.py" line="+79" />
            <source>Will not write {path}: it is inside Care Organiser's own data folder (profiles and backups). Choose a file somewhere else.</source>
            <translation>No se escribirá {path}: está dentro de la carpeta de datos de Care Organiser (perfiles y copias de seguridad). Elija un archivo en otro lugar.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot write {path}: {error}</source>
            <translation>No se puede escribir {path}: {error}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a folder</source>
            <translation>una carpeta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>not a regular file (a device or a pipe)</source>
            <translation>no es un archivo normal (es un dispositivo o una tubería)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Will not write {path}: it is {kind}. Give the name of a file.</source>
            <translation>No se escribirá {path}: es {kind}. Indique el nombre de un archivo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Will not write {path}: it is a Care Organiser profile or backup, and this would replace it. Choose another name.</source>
            <translation>No se escribirá {path}: es un perfil o una copia de seguridad de Care Organiser y se reemplazaría. Elija otro nombre.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cannot write {path}: the folder {folder} does not exist.</source>
            <translation>No se puede escribir {path}: la carpeta {folder} no existe.</translation>
        </message>
        <message>
            <location line="+84" />
            <source>Cannot write {path}: {reason}.</source>
            <translation>No se puede escribir {path}: {reason}.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the disk is full</source>
            <translation>el disco está lleno</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the folder is read-only or not yours</source>
            <translation>la carpeta es de solo lectura o no es suya</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the file would be larger than this system lets the program write (a file size limit)</source>
            <translation>el archivo sería mayor de lo que este sistema permite escribir al programa (un límite de tamaño de archivo)</translation>
        </message>
    </context>
    <context>
        <name>Pack</name>
        <message>
            <location filename="../src/careorganiser/pack/card.py" line="+81" />
            <location line="+4" />
            <location line="+7" />
            <location filename="../src/careorganiser/services/packs.py" line="+244" />
            <source>Medication card</source>
            <translation>Tarjeta de medicación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In an emergency, please show this to the ambulance crew or hospital staff.</source>
            <translation>En caso de emergencia, muestre esto al personal de la ambulancia o del hospital.</translation>
        </message>
        <message>
            <location line="+17" />
            <location filename="../src/careorganiser/pack/render.py" line="+380" />
            <source>{date} (age {age})</source>
            <translation>{date} ({age} años)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../src/careorganiser/pack/render.py" line="+3" />
            <source>Date of birth</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../src/careorganiser/pack/render.py" line="+6" />
            <source>Conditions</source>
            <translation>Enfermedades</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../src/careorganiser/pack/render.py" line="+2" />
            <source>None recorded</source>
            <translation>Nada registrado</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Medications taken now</source>
            <translation>Medicamentos actuales</translation>
        </message>
        <message>
            <location line="+2" />
            <source>None recorded.</source>
            <translation>Nada registrado.</translation>
        </message>
        <message>
            <location line="+12" />
            <location filename="../src/careorganiser/pack/render.py" line="+119" />
            <source>Until {date}</source>
            <translation>Hasta el {date}</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../src/careorganiser/pack/render.py" line="+7" />
            <location line="+20" />
            <location line="+55" />
            <location line="+20" />
            <location line="+51" />
            <location line="+77" />
            <source>Medicine</source>
            <translation>Medicamento</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../src/careorganiser/pack/handover.py" line="+70" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../src/careorganiser/pack/render.py" line="-223" />
            <source>What for</source>
            <translation>Para qué</translation>
        </message>
        <message>
            <location line="+11" />
            <location filename="../src/careorganiser/pack/ridesheet.py" line="+159" />
            <source>Who to call</source>
            <translation>A quién llamar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../src/careorganiser/pack/render.py" line="-94" />
            <location filename="../src/careorganiser/pack/ridesheet.py" line="+0" />
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contacts</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Enrolled in trial</source>
            <translation>Participa en un ensayo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Trial team</source>
            <translation>Equipo del ensayo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Out of hours</source>
            <translation>Fuera de horario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clinical trial</source>
            <translation>Ensayo clínico</translation>
        </message>
        <message>
            <location line="+15" />
            <source>This list was correct on {date}. Medicines change: check it with the pharmacist or GP if it is older than a month.</source>
            <translation>Esta lista era correcta el {date}. Los medicamentos cambian: compruébela con el farmacéutico o el médico de familia si tiene más de un mes.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/pack/followup_gather.py" line="+36" />
            <source>not yet</source>
            <translation>todavía no</translation>
        </message>
        <message>
            <location line="+2" />
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/pack/gather.py" line="+409" />
            <source>Could not read a schedule of {name}: its times are not shown and its doses are not counted.</source>
            <translation>No se pudo leer una pauta de {name}: no se muestran sus horas ni se cuentan sus dosis.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Could not read a schedule of {name}: its doses are not counted.</source>
            <translation>No se pudo leer una pauta de {name}: no se cuentan sus dosis.</translation>
        </message>
        <message>
            <location line="-182" />
            <source>That appointment does not exist.</source>
            <translation>Esa cita no existe.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>There is no appointment with the id “{id}” in this profile.</source>
            <translation>No hay ninguna cita con el id “{id}” en este perfil.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Since the last appointment with {who} on {date}</source>
            <translation>Desde la última cita con {who} el {date}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The last {days} days (no earlier appointment with {who} is recorded)</source>
            <translation>Los últimos {days} días (no hay registrada una cita anterior con {who})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The last {days} days</source>
            <translation>Los últimos {days} días</translation>
        </message>
        <message>
            <location line="+32" />
            <source>(no name recorded)</source>
            <translation>(sin nombre registrado)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Identifier</source>
            <translation>Identificador</translation>
        </message>
        <message>
            <location line="+22" />
            <location filename="../src/careorganiser/pack/ridesheet.py" line="+28" />
            <source>caregiver</source>
            <translation>cuidador</translation>
        </message>
        <message>
            <location line="+98" />
            <source>Could not work out how long the stock of {name} lasts.</source>
            <translation>No se pudo calcular para cuánto tiempo queda {name}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{amount}, less than a day</source>
            <translation>{amount}, menos de un día</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{amount}, about {days} days</source>
            <translation>{amount}, unos {days} días</translation>
        </message>
        <message>
            <location line="+71" />
            <source>Was {what}</source>
            <translation>Antes: {what}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>New schedule: {schedule}</source>
            <translation>Nueva pauta: {schedule}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Schedule ended: {schedule}</source>
            <translation>Pauta terminada: {schedule}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>no schedule</source>
            <translation>sin pauta</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Taken again (stopped {date})</source>
            <translation>Se vuelve a tomar (suspendido el {date})</translation>
        </message>
        <message>
            <location line="+8" />
            <source>New schedule: {schedule} (was {before})</source>
            <translation>Nueva pauta: {schedule} (antes {before})</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Dose taken: {old} → {new}</source>
            <translation>Dosis tomada: {old} → {new}</translation>
        </message>
        <message>
            <location line="+76" />
            <source>All</source>
            <translation>Todo</translation>
        </message>
        <message>
            <location line="+170" />
            <source>Activity: {activity}</source>
            <translation>Actividad: {activity}</translation>
        </message>
        <message>
            <location line="+34" />
            <source>A {label} reading of {date} is recorded in {unit}, not {kind_unit}: its unit was not converted when it was imported, so it is not shown here. Check it and enter it again in {kind_unit}.</source>
            <translation>Una lectura de {label} del {date} está registrada en {unit}, no en {kind_unit}: su unidad no se convirtió al importarla, por eso no se muestra aquí. Revísela e introdúzcala de nuevo en {kind_unit}.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/domain/readings.py" line="+72" />
            <source>{label}, {context}</source>
            <translation>{label}, {context}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/pack/gather.py" line="+123" />
            <source>Could not read the saved record of trial {nct_id}: it is printed without its design, results and pre-screen.</source>
            <translation>No se pudo leer el registro guardado del ensayo {nct_id}: se imprime sin su diseño, resultados ni preevaluación.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Could not read the criteria of trial {nct_id}: it is printed without a pre-screen.</source>
            <translation>No se pudieron leer los criterios del ensayo {nct_id}: se imprime sin preevaluación.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>{age} years</source>
            <translation>{age} años</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No date of birth recorded</source>
            <translation>No hay fecha de nacimiento registrada</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{label} only in {unit}, not converted at import</source>
            <translation>{label} solo en {unit}, sin convertir al importar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No {label} recorded</source>
            <translation>Sin datos de {label}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{label} {value} on {date}</source>
            <translation>{label} {value} el {date}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{text} (too old to count)</source>
            <translation>{text} (demasiado antiguo para contar)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{text} (no upper limit of normal recorded)</source>
            <translation>{text} (sin límite superior de la normalidad registrado)</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/pack/handover.py" line="-12" />
            <source>Handover</source>
            <extracomment>At most this many lines are tried; fewer when they do not fit one page.</extracomment>
            <translation>Relevo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Since {when}</source>
            <translation>Desde {when}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>For {name}, since {when}</source>
            <translation>Para {name}, desde {when}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nothing new was recorded by the others.</source>
            <translation>Los demás no han registrado nada nuevo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>(nobody chosen)</source>
            <translation>(nadie elegido)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{n} earlier lines are in the app’s Since you last looked.</source>
            <translation>Hay {n} líneas anteriores en «Desde su última visita» de la aplicación.</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../src/careorganiser/pack/wording.py" line="+106" />
            <source>Prepared on {date} with Care Organiser</source>
            <translation>Preparado el {date} con Care Organiser</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/pack/ics.py" line="+65" />
            <location filename="../src/careorganiser/pack/render.py" line="+5" />
            <location filename="../src/careorganiser/services/packs.py" line="-113" />
            <source>Appointment</source>
            <translation>Cita</translation>
        </message>
        <message>
            <location line="+14" />
            <source>With: {who}</source>
            <translation>Con: {who}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone: {phone}</source>
            <translation>Teléfono: {phone}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Tomorrow: {what}</source>
            <translation>Mañana: {what}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Ride home for {name}</source>
            <translation>Traslado de vuelta para {name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ride for {name}</source>
            <translation>Traslado para {name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Pick up from: {place}</source>
            <translation>Recoger en: {place}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take to: {place}</source>
            <translation>Llevar a: {place}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Driver: {driver}</source>
            <translation>Conductor: {driver}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/pack/wording.py" line="-23" />
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <location line="+0" />
            <source>mild</source>
            <translation>leve</translation>
        </message>
        <message>
            <location line="+0" />
            <source>moderate</source>
            <translation>moderado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>severe</source>
            <translation>grave</translation>
        </message>
        <message>
            <location line="+1" />
            <source>very severe</source>
            <translation>muy grave</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/domain/readings.py" line="-19" />
            <source>at rest</source>
            <translation>en reposo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>on exertion</source>
            <translation>con esfuerzo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>during sleep</source>
            <translation>durante el sueño</translation>
        </message>
        <message>
            <location line="+0" />
            <source>on oxygen</source>
            <translation>con oxígeno</translation>
        </message>
        <message>
            <location line="+1" />
            <source>activity not stated</source>
            <translation>actividad no indicada</translation>
        </message>
        <message>
            <location line="+8" />
            <source>At rest</source>
            <translation>En reposo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>On exertion</source>
            <translation>Con esfuerzo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>During sleep</source>
            <translation>Durante el sueño</translation>
        </message>
        <message>
            <location line="+0" />
            <source>On oxygen</source>
            <translation>Con oxígeno</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activity not stated</source>
            <translation>Actividad no indicada</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/domain/status_words.py" line="+25" />
            <source>Needed, no driver yet</source>
            <translation>Hace falta, sin conductor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Driver asked</source>
            <translation>Conductor avisado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Confirmed</source>
            <translation>Confirmado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Confirmed, no driver named</source>
            <translation>Confirmado, sin conductor indicado</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/pack/wording.py" line="+11" />
            <source>There</source>
            <translation>Ida</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Back home</source>
            <translation>Vuelta a casa</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/pack/pdf/charts.py" line="+213" />
            <source>reference range</source>
            <translation>intervalo de referencia</translation>
        </message>
        <message>
            <location line="+87" />
            <source>too few notes for a trend</source>
            <extracomment>A sparkline is drawn from this many points on; fewer are no trend.</extracomment>
            <translation>muy pocas notas para ver una tendencia</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/pack/pdf/layout.py" line="+389" />
            <location line="+33" />
            <source>Page {page} of {total}</source>
            <extracomment>What ``wrap`` (and the line breaking under it) sets on the paragraph.</extracomment>
            <translation>Página {page} de {total}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/pack/wording.py" line="+6" />
            <source>born {date}</source>
            <translation>nacido/a el {date}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/pack/pdf/layout.py" line="+17" />
            <source>Nothing to show.</source>
            <translation>Nada que mostrar.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/pack/render.py" line="-336" />
            <location filename="../src/careorganiser/services/packs.py" line="+111" />
            <source>Appointment pack</source>
            <translation>Dosier de la cita</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Questions to ask</source>
            <translation>Preguntas para hacer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Medications</source>
            <translation>Medicamentos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Medication adherence</source>
            <translation>Cumplimiento de la medicación</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+103" />
            <source>Symptoms</source>
            <translation>Síntomas</translation>
        </message>
        <message>
            <location line="-102" />
            <source>Measurements and tests</source>
            <translation>Mediciones y pruebas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trial and treatment follow-up</source>
            <translation>Seguimiento del ensayo y del tratamiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clinical trials to discuss</source>
            <translation>Ensayos clínicos para comentar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Getting there and back</source>
            <translation>Ida y vuelta</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+179" />
            <source>Since {date}</source>
            <translation>Desde el {date}</translation>
        </message>
        <message>
            <location line="-137" />
            <source>and {count} more</source>
            <translation>y {count} más</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+371" />
            <source>Started</source>
            <translation>Iniciado</translation>
        </message>
        <message>
            <location line="-371" />
            <location line="+371" />
            <source>Stopped</source>
            <translation>Suspendido</translation>
        </message>
        <message>
            <location line="-371" />
            <location line="+371" />
            <source>Changed</source>
            <translation>Cambiado</translation>
        </message>
        <message>
            <location line="-365" />
            <source>No medicine started, stopped or changed since {date}</source>
            <translation>Ningún medicamento iniciado, suspendido o cambiado desde el {date}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Medicines</source>
            <translation>Medicamentos</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{percent} taken: {taken} of {scheduled} doses; {missed} missed, {skipped} skipped</source>
            <translation>{percent} tomadas: {taken} de {scheduled} dosis; {missed} olvidadas, {skipped} saltadas</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{text} (since {date})</source>
            <translation>{text} (desde el {date})</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Least taken: {list}</source>
            <translation>Menos tomados: {list}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Adherence</source>
            <translation>Cumplimiento</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Measurements</source>
            <translation>Mediciones</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name}: worse lately; average {average}, worst {worst}, noted {count} times</source>
            <translation>{name}: peor últimamente; media {average}, peor {worst}, anotado {count} veces</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Important questions</source>
            <translation>Preguntas importantes</translation>
        </message>
        <message>
            <location line="+8" />
            <source>pre-screen {fits} fit, {conflicts} conflict</source>
            <translation>preselección: cumple {fits}, en conflicto {conflicts}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Trials to discuss</source>
            <translation>Ensayos para comentar</translation>
        </message>
        <message>
            <location line="+22" />
            <source>no change</source>
            <translation>sin cambios</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{number} points</source>
            <translation>{number} puntos</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/pack/gather.py" line="-10" />
            <location filename="../src/careorganiser/pack/render.py" line="+21" />
            <source>{value} on {date}</source>
            <translation>{value} el {date}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/pack/render.py" line="+7" />
            <source>measured that day</source>
            <translation>medido ese día</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{change} (from {value})</source>
            <translation>{change} (desde {value})</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Since the last visit</source>
            <translation>Desde la última visita</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Latest</source>
            <translation>Último</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Since first shown</source>
            <translation>Desde la primera vez</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Also charted: {names}</source>
            <translation>También en el gráfico: {names}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>At a glance</source>
            <translation>De un vistazo</translation>
        </message>
        <message>
            <location line="+27" />
            <location line="+839" />
            <location filename="../src/careorganiser/services/packs.py" line="+1" />
            <source>Health summary</source>
            <translation>Resumen de salud</translation>
        </message>
        <message>
            <location line="-835" />
            <source>{date} at {time}</source>
            <translation>{date} a las {time}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>In this pack</source>
            <translation>En este dosier</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Sex</source>
            <translation>Sexo</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/pack/card.py" line="-75" />
            <location filename="../src/careorganiser/pack/render.py" line="+7" />
            <source>Allergies</source>
            <translation>Alergias</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/pack/render.py" line="+7" />
            <source>Female</source>
            <translation>Mujer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Male</source>
            <translation>Hombre</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{start} to {end} ({minutes} minutes)</source>
            <translation>{start} a {end} ({minutes} minutos)</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+121" />
            <location line="+594" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="-714" />
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Clinician</source>
            <translation>Profesional</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Purpose</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Most important first, with room to write the answers.</source>
            <translation>Lo más importante primero, con espacio para escribir las respuestas.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Important</source>
            <translation>Importante</translation>
        </message>
        <message>
            <location line="+6" />
            <source>about {name}</source>
            <translation>sobre {name}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>about trial {name}</source>
            <translation>sobre el ensayo {name}</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Taking now</source>
            <translation>Toma ahora</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Planned to start</source>
            <translation>Previsto empezar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Starts</source>
            <translation>Empieza</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Stock: {stock}</source>
            <translation>Existencias: {stock}</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Dose and when</source>
            <translation>Dosis y cuándo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Prescribed by</source>
            <translation>Recetado por</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Since</source>
            <translation>Desde</translation>
        </message>
        <message>
            <location line="+19" />
            <source>What changed</source>
            <translation>Qué cambió</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../src/careorganiser/pack/ridesheet.py" line="-28" />
            <source>Why</source>
            <translation>Por qué</translation>
        </message>
        <message>
            <location line="+13" />
            <source>From {start} to {end}</source>
            <translation>Del {start} al {end}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Missed and skipped doses</source>
            <translation>Dosis olvidadas y saltadas</translation>
        </message>
        <message>
            <location line="+72" />
            <source>counted {start} to {end}</source>
            <translation>contadas del {start} al {end}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>counted from {date}</source>
            <translation>contadas desde el {date}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>counted until {date}</source>
            <translation>contadas hasta el {date}</translation>
        </message>
        <message>
            <location line="+24" />
            <source>All medications</source>
            <translation>Todos los medicamentos</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Scheduled</source>
            <translation>Previstas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Taken</source>
            <translation>Tomadas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Skipped</source>
            <translation>Saltadas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Missed</source>
            <translation>Olvidadas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Taken %</source>
            <translation>% tomadas</translation>
        </message>
        <message>
            <location line="-96" />
            <location line="+127" />
            <source>{time} on {day} missed</source>
            <translation>{time} del {day} olvidada</translation>
        </message>
        <message>
            <location line="-126" />
            <location line="+126" />
            <source>{time} on {day} skipped</source>
            <translation>{time} del {day} saltada</translation>
        </message>
        <message>
            <location line="+3" />
            <source>every dose missed {days} ({count})</source>
            <translation>todas las dosis olvidadas {days} ({count})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>every dose skipped {days} ({count})</source>
            <translation>todas las dosis saltadas {days} ({count})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>on {day}</source>
            <translation>el {day}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{count} doses in a row missed on {day}, {start} to {end}</source>
            <translation>{count} dosis seguidas olvidadas el {day}, de {start} a {end}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} doses in a row skipped on {day}, {start} to {end}</source>
            <translation>{count} dosis seguidas saltadas el {day}, de {start} a {end}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} doses in a row missed, {start} to {end}</source>
            <translation>{count} dosis seguidas olvidadas, de {start} a {end}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} doses in a row skipped, {start} to {end}</source>
            <translation>{count} dosis seguidas saltadas, de {start} a {end}</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+1" />
            <source>{time} on {day}</source>
            <translation>{time} del {day}</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Others</source>
            <translation>Otros</translation>
        </message>
        <message>
            <location line="+0" />
            <source>{runs} shorter runs: {missed} missed, {skipped} skipped (counted in the table above)</source>
            <translation>{runs} rachas más cortas: {missed} olvidadas, {skipped} saltadas (contadas en la tabla de arriba)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What happened</source>
            <translation>Qué pasó</translation>
        </message>
        <message>
            <location line="-148" />
            <location line="+20" />
            <location line="+128" />
            <location line="+17" />
            <location line="+239" />
            <location line="+66" />
            <location filename="../src/careorganiser/pack/ridesheet.py" line="-10" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location line="-880" />
            <source>{text}; some days not counted (see Medication adherence)</source>
            <translation>{text}; algunos días sin contar (vea Cumplimiento de la medicación)</translation>
        </message>
        <message>
            <location line="+269" />
            <source>not filed under an appointment</source>
            <translation>sin asignar a ninguna cita</translation>
        </message>
        <message>
            <location line="+148" />
            <source>Recorded at times off the schedule</source>
            <translation>Registradas a horas fuera del horario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} doses were recorded at times none of the schedules had (for example before the app followed the medicine, or after a change of time zone); they are not counted in the table above.</source>
            <translation>{count} dosis se registraron a horas que ningún horario tenía (por ejemplo, antes de que la aplicación siguiera el medicamento, o tras un cambio de zona horaria); no se cuentan en la tabla de arriba.</translation>
        </message>
        <message>
            <location line="-30" />
            <source>{time} on {day} taken</source>
            <translation>{time} del {day} tomada</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{text} (as needed)</source>
            <translation>{text} (a demanda)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>… and {count} more, earlier</source>
            <translation>… y {count} más, anteriores</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+20" />
            <source>What was recorded</source>
            <translation>Qué se registró</translation>
        </message>
        <message>
            <location line="-19" />
            <source>Notes on doses</source>
            <translation>Notas sobre las dosis</translation>
        </message>
        <message>
            <location line="+26" />
            <source>not counted on {date}</source>
            <translation>sin contar el {date}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not counted {start} to {end}</source>
            <translation>sin contar del {start} al {end}</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{days} (the app was not following it)</source>
            <translation>{days} (la aplicación no lo seguía)</translation>
        </message>
        <message>
            <location line="+118" />
            <source>Severity is on one scale from 0 to 4: 0 none, 1 mild, 2 moderate, 3 severe, 4 very severe.</source>
            <translation>La gravedad va en una escala de 0 a 4: 0 ninguna, 1 leve, 2 moderada, 3 grave, 4 muy grave.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Notes shown: {shown} of {total}, those with the worst symptoms and the most written.</source>
            <translation>Notas mostradas: {shown} de {total}, las de síntomas más graves y con más texto.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Symptom</source>
            <translation>Síntoma</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Times noted</source>
            <translation>Veces anotado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Average severity</source>
            <translation>Gravedad media</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Worst</source>
            <translation>Peor</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Trend</source>
            <translation>Tendencia</translation>
        </message>
        <message>
            <location line="+75" />
            <source>Latest {value} on {date}</source>
            <translation>Último {value} el {date}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{context}: {summary}</source>
            <translation>{context}: {summary}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>first shown {value} on {date}</source>
            <translation>primero mostrado {value} el {date}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>lowest {low}, highest {high} in {count} readings</source>
            <translation>mínimo {low}, máximo {high} en {count} lecturas</translation>
        </message>
        <message>
            <location line="+12" />
            <source>reference range {low} to {high}</source>
            <translation>intervalo de referencia {low} a {high}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>reference {low} or more</source>
            <translation>referencia {low} o más</translation>
        </message>
        <message>
            <location line="+3" />
            <source>reference up to {high}</source>
            <translation>referencia hasta {high}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Tested on</source>
            <translation>Medido el</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tested before the chart on</source>
            <translation>Medido antes del gráfico el</translation>
        </message>
        <message>
            <location line="+4" />
            <source>and {count} earlier, the first on {date}</source>
            <translation>y {count} anteriores, la primera el {date}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Fits</source>
            <translation>Cumple</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Conflicts</source>
            <translation>Conflictos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No recent data</source>
            <translation>Sin datos recientes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ask the trial team</source>
            <translation>Preguntar al equipo del ensayo</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Considering</source>
            <translation>Pensándolo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Contacted the team</source>
            <translation>Contactado el equipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In screening</source>
            <translation>En selección</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Enrolled</source>
            <translation>Inscrito</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not eligible</source>
            <translation>No elegible</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Declined</source>
            <translation>Rechazado</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The pre-screen holds each trial's published criteria against the latest measurements. It is something to discuss with the clinician and the trial team, never a verdict.</source>
            <translation>La preselección compara los criterios publicados de cada ensayo con las mediciones más recientes. Es algo para comentar con el médico y el equipo del ensayo, nunca un veredicto.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Our interest: {what}</source>
            <translation>Nuestro interés: {what}</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+42" />
            <source>Warning</source>
            <translation>Advertencia</translation>
        </message>
        <message>
            <location line="-40" />
            <source>Design</source>
            <translation>Diseño</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Main results measured</source>
            <translation>Principales resultados medidos</translation>
        </message>
        <message>
            <location line="+7" />
            <source>To ask the trial team</source>
            <translation>Para preguntar al equipo del ensayo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>… and {count} more items of the record for the trial team.</source>
            <translation>… y {count} elementos más del registro para el equipo del ensayo.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No </source>
            <translation>Sin </translation>
        </message>
        <message>
            <location line="+5" />
            <source>Offer without an NCT number: {name}</source>
            <translation>Oferta sin número NCT: {name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Who offers it</source>
            <translation>Quién lo ofrece</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What is offered</source>
            <translation>Qué se ofrece</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cost</source>
            <translation>Coste</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Where we heard of it</source>
            <translation>Dónde lo conocimos</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{fits} fit, {conflicts} conflict, {no_data} without recent data, {ask} for the trial team</source>
            <translation>cumple: {fits}, en conflicto: {conflicts}, sin datos recientes: {no_data}, para el equipo del ensayo: {ask}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Must have</source>
            <translation>Debe tener</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Must not have</source>
            <translation>No debe tener</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Criterion</source>
            <translation>Criterio</translation>
        </message>
        <message>
            <location line="-15" />
            <location line="+15" />
            <source>Pre-screen</source>
            <translation>Preselección</translation>
        </message>
        <message>
            <location line="-867" />
            <source>No current medicines recorded</source>
            <translation>No hay medicamentos actuales registrados</translation>
        </message>
        <message>
            <location line="+6" />
            <source>To start: {list}</source>
            <translation>Por empezar: {list}</translation>
        </message>
        <message>
            <location line="+317" />
            <source>Started, stopped or changed since {date}</source>
            <translation>Iniciados, suspendidos o cambiados desde el {date}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Started, stopped or changed</source>
            <translation>Iniciados, suspendidos o cambiados</translation>
        </message>
        <message>
            <location line="+543" />
            <source>Our latest data</source>
            <translation>Nuestros últimos datos</translation>
        </message>
        <message>
            <location line="+19" />
            <source>{direction}: no pick-up arranged yet</source>
            <translation>{direction}: aún no hay recogida acordada</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{direction}: pick-up at {time} on {date}</source>
            <translation>{direction}: recogida a las {time} el {date}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>From</source>
            <translation>Origen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>To</source>
            <translation>Destino</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../src/careorganiser/pack/ridesheet.py" line="-4" />
            <location line="+47" />
            <source>Driver</source>
            <translation>Conductor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Driver's phone</source>
            <translation>Teléfono del conductor</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../src/careorganiser/pack/ridesheet.py" line="-45" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Changes are from the baseline visit. A relative fall in FVC of 10% or more, in DLCO of 15% or more, or a fall in six-minute walk distance of 50 m or more within a year is what IPF clinicians count as a sign of progression.</source>
            <translation>Los cambios se cuentan desde la visita basal. Un descenso relativo de la FVC (CVF) del 10 % o más, de la DLCO del 15 % o más, o un descenso de 50 m o más en la distancia de marcha de 6 minutos en un año es lo que los especialistas en FPI consideran un signo de progresión.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Baseline {date}; visits: {visits}.</source>
            <translation>Basal {date}; visitas: {visits}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>(this visit)</source>
            <translation>(esta visita)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Visit</source>
            <translation>Visita</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tests</source>
            <translation>Pruebas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Change since baseline</source>
            <translation>Cambio desde la visita basal</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Threshold crossed: {rules}.</source>
            <translation>Umbral superado: {rules}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Suggested questions</source>
            <translation>Preguntas sugeridas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Still to do</source>
            <translation>Pendiente</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Trial team: {contact}</source>
            <translation>Equipo del ensayo: {contact}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clinic contact: {contact}</source>
            <translation>Contacto de la consulta: {contact}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Out of hours: {what}</source>
            <translation>Fuera de horario: {what}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Side effect or event</source>
            <translation>Efecto secundario o evento</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Team told</source>
            <translation>Equipo avisado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Side effects and events</source>
            <translation>Efectos secundarios y eventos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The most recent {shown} of {count}; all of them are in the app.</source>
            <translation>Los {shown} más recientes de {count}; todos están en la aplicación.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Appointment pack · {date}</source>
            <translation>Dosier de la cita · {date}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/pack/ridesheet.py" line="-59" />
            <location line="+3" />
            <location line="+1" />
            <location filename="../src/careorganiser/services/packs.py" line="+1" />
            <source>Ride sheet</source>
            <translation>Hoja de traslado</translation>
        </message>
        <message>
            <location line="-3" />
            <source>No rides are arranged.</source>
            <translation>No hay traslados organizados.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Ride sheet for {name}</source>
            <translation>Hoja de traslado de {name}</translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+4" />
            <source>Appointment at {time}</source>
            <translation>Cita a las {time}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{direction}: pick up at {time}</source>
            <translation>{direction}: recoger a las {time}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Pick up from</source>
            <translation>Recoger en</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Take to</source>
            <translation>Llevar a</translation>
        </message>
        <message>
            <location line="+17" />
            <source>If something goes wrong</source>
            <translation>Si algo sale mal</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The clinic</source>
            <translation>La consulta</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+3" />
            <source>The clinic: running late, or cannot come</source>
            <translation>La consulta: si llega tarde o no puede ir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clinic reception</source>
            <translation>Recepción de la consulta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Passenger</source>
            <translation>Pasajero</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Driver: {direction}</source>
            <translation>Conductor: {direction}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/services/packs.py" line="-65" />
            <source>health summary</source>
            <translation>resumen de salud</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{when} with {who}</source>
            <translation>{when} con {who}</translation>
        </message>
    </context>
    <context>
        <name>PackDialog</name>
        <message>
            <location filename="../src/careorganiser/ui/pack_words.py" line="+24" />
            <source>Cover page</source>
            <translation>Portada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Questions to ask</source>
            <translation>Preguntas para hacer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Medications</source>
            <translation>Medicamentos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Medication adherence</source>
            <translation>Cumplimiento de la medicación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Symptoms and notes</source>
            <translation>Síntomas y notas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Measurements and tests</source>
            <translation>Mediciones y pruebas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trial and treatment follow-up</source>
            <translation>Seguimiento del ensayo y del tratamiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clinical trials</source>
            <translation>Ensayos clínicos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Getting there and back</source>
            <translation>Ida y vuelta</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Prepare appointment pack</source>
            <translation>Preparar el dosier de la cita</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Medication card</source>
            <translation>Tarjeta de medicación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ride sheet</source>
            <translation>Hoja de traslado</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/dialogs.py" line="+10" />
            <location filename="../src/careorganiser/ui/pack_dialog.py" line="+429" />
            <location line="+26" />
            <source>Print</source>
            <translation>Imprimir</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/pack_dialog.py" line="-327" />
            <source>The printer could not be started.</source>
            <translation>No se pudo iniciar la impresora.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>The document could not be read for printing.</source>
            <translation>No se pudo leer el documento para imprimirlo.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/pack_choices.py" line="+51" />
            <source>Appointment</source>
            <translation>Cita</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Appointment:</source>
            <translation>&amp;Cita:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Paper size</source>
            <translation>Tamaño del papel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Letter</source>
            <translation>Carta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Paper:</source>
            <translation>&amp;Papel:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Large print</source>
            <translation>&amp;Letra grande</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Bigger type, for reading without glasses</source>
            <translation>Letra más grande, para leer sin gafas</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sections</source>
            <translation>Apartados</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Trials to include</source>
            <translation>Ensayos que incluir</translation>
        </message>
        <message>
            <location line="+12" />
            <source>About this document</source>
            <translation>Sobre este documento</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Cancel printing</source>
            <translation>&amp;Cancelar la impresión</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/pack_dialog.py" line="+76" />
            <source>Preview</source>
            <translation>Vista previa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The document as it will print</source>
            <translation>El documento tal como se imprimirá</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Print…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Save as PDF…</source>
            <translation>&amp;Guardar como PDF…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/pack_words.py" line="+56" />
            <source>{appointment} (past)</source>
            <translation>{appointment} (pasada)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No appointment: a health summary</source>
            <translation>Sin cita: un resumen de salud</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Every ride from today on</source>
            <translation>Todos los traslados desde hoy</translation>
        </message>
        <message>
            <location line="-14" />
            <source>{nct_id} · {title}</source>
            <translation>{nct_id} · {title}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Offer · {name}</source>
            <translation>Oferta · {name}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/pack_dialog.py" line="+75" />
            <source>Preparing the preview…</source>
            <translation>Preparando la vista previa…</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/pack_words.py" line="-29" />
            <source>Medications taken today, allergies and whom to call, on one page.</source>
            <translation>Medicamentos que toma hoy, alergias y a quién llamar, en una página.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{count} ride legs</source>
            <translation>{count} trayectos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No rides are arranged for this choice.</source>
            <translation>No hay traslados organizados para esta elección.</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n página</numerusform>
                <numerusform>%n páginas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/pack_dialog.py" line="+96" />
            <source>Printing…</source>
            <translation>Imprimiendo…</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/pack_choices.py" line="+68" />
            <source>Page {page} of {count}</source>
            <translation>Página {page} de {count}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/pack_dialog.py" line="-5" />
            <location line="+26" />
            <source>Nothing was printed: {error}</source>
            <translation>No se imprimió nada: {error}</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Sent {count} pages to the printer.</source>
            <translation>Se enviaron {count} páginas a la impresora.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Printing was cancelled.</source>
            <translation>Se canceló la impresión.</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+16" />
            <source>Save as PDF</source>
            <translation>Guardar como PDF</translation>
        </message>
        <message>
            <location line="-16" />
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Saved to {path}</source>
            <translation>Guardado en {path}</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Calendar</source>
            <translation>Calendario</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Calendar - {name}</source>
            <translation>Calendario - {name}</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+7" />
            <location line="+2" />
            <source>Export calendar</source>
            <translation>Exportar calendario</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Calendar files (*.ics)</source>
            <translation>Archivos de calendario (*.ics)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Appointments and rides were saved to {path}. Open it with your calendar program; exporting again later updates the same events.</source>
            <translation>Las citas y los traslados se guardaron en {path}. Ábralo con su programa de calendario; si exporta de nuevo más adelante, se actualizan los mismos eventos.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/menu_entries.py" line="-13" />
            <source>Prepare appointment &amp;pack…</source>
            <translation>Preparar el &amp;dosier de la cita…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Medication card…</source>
            <translation>&amp;Tarjeta de medicación…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Ride sheet…</source>
            <translation>&amp;Hoja de traslado…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export &amp;calendar (.ics)…</source>
            <translation>Exportar &amp;calendario (.ics)…</translation>
        </message>
    </context>
    <context>
        <name>Person</name>
        <message>
            <location filename="../src/careorganiser/services/person.py" line="+28" />
            <source>female</source>
            <translation>mujer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>male</source>
            <translation>hombre</translation>
        </message>
        <message>
            <location line="+0" />
            <source>other</source>
            <translation>otro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not recorded</source>
            <translation>no registrado</translation>
        </message>
        <message>
            <location line="+5" />
            <source>NHS number</source>
            <translation>Número del NHS</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Hospital number</source>
            <translation>Número de historia clínica</translation>
        </message>
        <message>
            <location line="+0" />
            <source>CHI number</source>
            <translation>Número CHI</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Insurance number</source>
            <translation>Número de seguro</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Trial participant id</source>
            <translation>ID de participante del ensayo</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Identifier</source>
            <translation>Identificador</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Identifier {number} needs a kind and a value.</source>
            <translation>El identificador {number} necesita un tipo y un valor.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The identifier “{system}” has no number. Type it or remove the row.</source>
            <translation>El identificador “{system}” no tiene número. Escríbalo o quite la fila.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Too many identifiers: at most {limit}.</source>
            <translation>Demasiados identificadores: como máximo {limit}.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Date of birth</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Conditions</source>
            <translation>Enfermedades</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Allergies</source>
            <translation>Alergias</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose female, male, other or not recorded.</source>
            <translation>Elija mujer, hombre, otro o no registrado.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Caregiver's name</source>
            <translation>Nombre del cuidador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Caregiver's phone</source>
            <translation>Teléfono del cuidador</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Whose number is it? Give the caregiver's name.</source>
            <translation>¿De quién es el número? Indique el nombre del cuidador.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Give a phone number the driver can call, e.g. 07700 900123.</source>
            <translation>Indique un teléfono al que pueda llamar el conductor, p. ej. 600 123 456.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A phone number has digits, e.g. 07700 900123.</source>
            <translation>Un número de teléfono tiene cifras, p. ej. 600 123 456.</translation>
        </message>
    </context>
    <context>
        <name>PersonPage</name>
        <message>
            <location filename="../src/careorganiser/ui/person/page.py" line="+57" />
            <source>kind, e.g. NHS number</source>
            <translation>tipo, p. ej. número del NHS</translation>
        </message>
        <message>
            <location line="+3" />
            <source>number</source>
            <translation>número</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Identifier {number}, kind</source>
            <translation>Identificador {number}, tipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identifier {number}, number</source>
            <translation>Identificador {number}, número</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove identifier {number}</source>
            <translation>Quitar el identificador {number}</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The person you care for. These details go on the cover of the appointment pack.</source>
            <translation>La persona que usted cuida. Estos datos van en la portada del dosier de la cita.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Details of the person cared for</source>
            <translation>Datos de la persona cuidada</translation>
        </message>
        <message>
            <location line="+20" />
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+144" />
            <source>Date of birth</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <location line="-143" />
            <source>not recorded, e.g. 14 Mar 1951</source>
            <translation>sin registrar, p. ej. 14 mar 1951</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not &amp;known</source>
            <translation>No se &amp;sabe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth not known</source>
            <translation>Fecha de nacimiento desconocida</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Age</source>
            <translation>Edad</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Date of &amp;birth</source>
            <translation>&amp;Fecha de nacimiento</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Se&amp;x</source>
            <translation>Se&amp;xo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&lt;b&gt;Identifiers&lt;/b&gt; — health service or hospital numbers</source>
            <translation>&lt;b&gt;Identificadores&lt;/b&gt;: números del servicio de salud o del hospital</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add &amp;identifier</source>
            <translation>Añadir &amp;identificador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add an identifier</source>
            <translation>Añadir un identificador</translation>
        </message>
        <message>
            <location line="+14" />
            <source>One per line, e.g. Idiopathic pulmonary fibrosis</source>
            <translation>Uno por línea, p. ej. Fibrosis pulmonar idiopática</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Conditions (one per line)</source>
            <translation>&amp;Enfermedades (una por línea)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Conditions</source>
            <translation>Enfermedades</translation>
        </message>
        <message>
            <location line="+5" />
            <source>One per line, e.g. Penicillin (rash)</source>
            <translation>Una por línea, p. ej. Penicilina (erupción)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Allergies (one per line)</source>
            <translation>&amp;Alergias (una por línea)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Allergies</source>
            <translation>Alergias</translation>
        </message>
        <message>
            <location line="+5" />
            <source>N&amp;otes</source>
            <translation>N&amp;otas</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the person's details</source>
            <translation>Guardar los datos de la persona</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Undo changes</source>
            <translation>&amp;Deshacer cambios</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undo changes not yet saved</source>
            <translation>Deshacer los cambios aún no guardados</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save status</source>
            <translation>Estado del guardado</translation>
        </message>
        <message>
            <location line="+67" />
            <source>14 Mar 1951, 14/03/1951 or 1951-03-14</source>
            <translation>14 mar 1951, 14/03/1951 o 1951-03-14</translation>
        </message>
        <message>
            <location line="+13" />
            <source>not a date yet</source>
            <translation>aún no es una fecha</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{day}: {age} years old</source>
            <translation>{day}: {age} años</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+3" />
            <source>Cannot save</source>
            <translation>No se puede guardar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>the person's details</source>
            <translation>los datos de la persona</translation>
        </message>
    </context>
    <context>
        <name>Privacy</name>
        <message>
            <location filename="../src/careorganiser/services/privacy.py" line="+27" />
            <source>A passphrase cannot be empty.</source>
            <extracomment>After the first wrong passphrase the wait doubles with each further one, up to this many seconds.</extracomment>
            <translation>La frase de contraseña no puede estar vacía.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A passphrase needs at least {n} characters; a few words are easy to remember and hard to guess.</source>
            <translation>Una frase de contraseña necesita al menos {n} caracteres; unas cuantas palabras son fáciles de recordar y difíciles de adivinar.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Very easy to guess.</source>
            <translation>Muy fácil de adivinar.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Easy to guess.</source>
            <translation>Fácil de adivinar.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fairly easy to guess.</source>
            <translation>Bastante fácil de adivinar.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hard to guess.</source>
            <translation>Difícil de adivinar.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Very hard to guess.</source>
            <translation>Muy difícil de adivinar.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Too short: at least {n} characters.</source>
            <translation>Demasiado corta: al menos {n} caracteres.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add another word or two that only you would put together.</source>
            <translation>Añada otra palabra o dos que solo usted combinaría.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/privacy.py" line="+42" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>This profile is protected by a passphrase. An export writes every record as readable text that anyone with the file can read.

An encrypted backup keeps the records private and can be restored with the same passphrase.</source>
            <translation>Este perfil está protegido con una frase de contraseña. Una exportación escribe todos los registros como texto legible que cualquiera con el archivo puede leer.

Una copia de seguridad cifrada mantiene los registros privados y se puede restaurar con la misma frase de contraseña.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Make an &amp;encrypted backup</source>
            <translation>Hacer una copia &amp;cifrada</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Export &amp;readable JSON</source>
            <translation>Exportar JSON &amp;legible</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+8" />
            <location line="+2" />
            <source>Encrypted backup</source>
            <translation>Copia de seguridad cifrada</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Care Organiser backups (*.careprofile)</source>
            <translation>Copias de seguridad de Care Organiser (*.careprofile)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Saved an encrypted copy to {path}.</source>
            <translation>Se guardó una copia cifrada en {path}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export readable JSON</source>
            <translation>Exportar JSON legible</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The file will hold the person's health records in readable form. Keep it somewhere private and delete it when it is no longer needed.</source>
            <translation>El archivo contendrá los registros de salud de la persona en forma legible. Guárdelo en un lugar privado y bórrelo cuando ya no lo necesite.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write readable file</source>
            <translation>Escribir archivo legible</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Care Organiser export - {name}</source>
            <translation>Exportación de Care Organiser - {name}</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+9" />
            <location line="+3" />
            <source>Export as JSON</source>
            <translation>Exportar como JSON</translation>
        </message>
        <message>
            <location line="-12" />
            <source>JSON files (*.json)</source>
            <translation>Archivos JSON (*.json)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Nothing was exported: {error}</source>
            <translation>No se exportó nada: {error}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Exported to {path}.</source>
            <translation>Exportado a {path}.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Protected profile {n}</source>
            <translation>Perfil protegido {n}</translation>
        </message>
    </context>
    <context>
        <name>ProfilePicker</name>
        <message>
            <location filename="../src/careorganiser/ui/profile_picker.py" line="+41" />
            <source>New profile</source>
            <translation>Perfil nuevo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Make one profile for each person you care for. A passphrase keeps the records private on a shared computer.</source>
            <translation>Cree un perfil por cada persona que cuida. Una frase de contraseña mantiene los registros privados en un ordenador compartido.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Name of the person cared for</source>
            <translation>Nombre de la persona cuidada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Margaret Hale</source>
            <translation>p. ej. María López</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Protect with a passphrase</source>
            <translation>&amp;Proteger con frase de contraseña</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Passphrase again</source>
            <translation>Repita la frase de contraseña</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pass&amp;phrase:</source>
            <translation>&amp;Frase de contraseña:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Again:</source>
            <translation>&amp;Repetir:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Passphrase strength</source>
            <translation>Seguridad de la frase de contraseña</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Keep the passphrase safe: without it the records cannot be opened by anyone.</source>
            <translation>Guarde bien la frase de contraseña: sin ella nadie podrá abrir los registros.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <location line="+50" />
            <source>The two passphrases are not the same.</source>
            <translation>Las dos frases de contraseña no coinciden.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Creating the profile…</source>
            <translation>Creando el perfil…</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Choose a profile — Care Organiser</source>
            <translation>Elija un perfil — Care Organiser</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&lt;h2&gt;Whose records?&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;¿De quién son los registros?&lt;/h2&gt;</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Profiles</source>
            <translation>Perfiles</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Open</source>
            <translation>&amp;Abrir</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;New profile…</source>
            <translation>&amp;Perfil nuevo…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open the &amp;demo</source>
            <translation>Abrir la &amp;demostración</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A sample profile with six months of records, to try the app</source>
            <translation>Un perfil de ejemplo con seis meses de registros, para probar la aplicación</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Protected with a passphrase</source>
            <translation>Protegido con frase de contraseña</translation>
        </message>
        <message>
            <location line="+3" />
            <source>(protected)</source>
            <translation>(protegido)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose a profile and press Open.</source>
            <translation>Elija un perfil y pulse Abrir.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>There are no profiles yet. Create one for the person you care for, or open the demo to look around first.</source>
            <translation>Aún no hay perfiles. Cree uno para la persona que cuida, o abra la demostración para echar un vistazo primero.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Demo</source>
            <translation>Demo</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/profile_open.py" line="+76" />
            <location line="+32" />
            <location line="+3" />
            <source>Cannot open</source>
            <extracomment>Wrong passphrases count per profile file for as long as the app runs; ``SLEEP`` waits and ``CLOCK`` gives monotonic seconds (tests replace both: no real waits).</extracomment>
            <translation>No se puede abrir</translation>
        </message>
        <message>
            <location line="-18" />
            <source>Please wait {n} seconds before the next try.</source>
            <translation>Espere {n} segundos antes del siguiente intento.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Cannot bring up to date</source>
            <translation>No se puede actualizar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the records read-only?</source>
            <translation>¿Abrir los registros en modo de solo lectura?</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Open read-only</source>
            <translation>Abrir en solo lectura</translation>
        </message>
    </context>
    <context>
        <name>Profiles</name>
        <message>
            <location filename="../src/careorganiser/services/backup.py" line="-184" />
            <location filename="../src/careorganiser/store/profiles.py" line="+535" />
            <source>The profile “{name}” is protected by a passphrase.</source>
            <translation>El perfil “{name}” está protegido con una frase de contraseña.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/services/profiles.py" line="-76" />
            <source>Please give a time zone, for example Europe/London.</source>
            <translation>Indique una zona horaria, por ejemplo Europe/Madrid.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“{name}” is not a time zone this computer knows; use a name such as Europe/London or America/New_York.</source>
            <translation>“{name}” no es una zona horaria que conozca este ordenador; use un nombre como Europe/Madrid o America/Mexico_City.</translation>
        </message>
        <message>
            <location line="+97" />
            <location line="+23" />
            <location filename="../src/careorganiser/store/profiles.py" line="-153" />
            <location line="+53" />
            <location line="+4" />
            <location line="+414" />
            <location line="+51" />
            <location line="+5" />
            <source>A profile named “{name}” already exists.</source>
            <translation>Ya existe un perfil llamado “{name}”.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/store/profiles.py" line="-822" />
            <source>A profile needs a name.</source>
            <translation>Un perfil necesita un nombre.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A profile name can be at most {n} characters.</source>
            <translation>El nombre de un perfil puede tener como máximo {n} caracteres.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A profile name cannot contain control characters.</source>
            <translation>El nombre de un perfil no puede contener caracteres de control.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That name cannot be used for a profile.</source>
            <translation>Ese nombre no se puede usar para un perfil.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That profile name is too long; please use a shorter one.</source>
            <translation>Ese nombre de perfil es demasiado largo; use uno más corto.</translation>
        </message>
        <message>
            <location line="+54" />
            <source>There is no profile named “{name}”.</source>
            <translation>No hay ningún perfil llamado “{name}”.</translation>
        </message>
        <message>
            <location line="+70" />
            <location line="+20" />
            <source>Not saved: “{name}” was replaced or deleted after it was opened here. Open it again.</source>
            <extracomment>The caregiver who is here, shared with every session (store.history records it with each change). Opened for reading only (read-only media, or an old file that could not be upgraded). Why it is read-only, in plain words for the window and the command line ("" when writable). Read-only because its disk was full when it was opened (the command line then says so only when a command writes: ``notice`` is the refusal).</extracomment>
            <translation>No se guardó: “{name}” se sustituyó o se eliminó después de abrirlo aquí. Vuelva a abrirlo.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>This profile is open read-only.</source>
            <translation>Este perfil está abierto en modo de solo lectura.</translation>
        </message>
        <message>
            <location line="+85" />
            <source>{path} already exists.</source>
            <translation>{path} ya existe.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>A passphrase cannot be empty.</source>
            <translation>La frase de contraseña no puede estar vacía.</translation>
        </message>
        <message>
            <location line="+155" />
            <source>“{name}” is not a Care Organiser profile: the file holds something else. {backup}</source>
            <extracomment>The statements that made the schema of the first profile this process built, replayed for the next ones.</extracomment>
            <translation>“{name}” no es un perfil de Care Organiser: el archivo contiene otra cosa. {backup}</translation>
        </message>
        <message>
            <location line="+47" />
            <source>It was saved by an older version and cannot be brought up to date there; copy it to this computer to use it fully.</source>
            <translation>Lo guardó una versión anterior y no se puede actualizar allí; cópielo a este ordenador para usarlo por completo.</translation>
        </message>
        <message>
            <location line="+117" />
            <source>That passphrase does not open “{name}”.</source>
            <translation>Esa frase de contraseña no abre “{name}”.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>If you are sure of it, the file may be damaged. {backup}</source>
            <translation>Si está seguro de ella, puede que el archivo esté dañado. {backup}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>“{name}” is on a read-only disk or folder: you can read, print and export it, not change it.</source>
            <translation>“{name}” está en un disco o carpeta de solo lectura: puede leerlo, imprimirlo y exportarlo, pero no cambiarlo.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“{name}” is open for reading only: the disk it is on is full. You can read, print and export it; free some space and open it again to change it.</source>
            <translation>“{name}” está abierto solo para lectura: el disco en el que está se ha llenado. Puede leerlo, imprimirlo y exportarlo; libere espacio y vuelva a abrirlo para cambiarlo.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>There is no backup of it yet.</source>
            <translation>Aún no hay ninguna copia de seguridad.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The newest good backup is from {when}: {path}</source>
            <translation>La copia buena más reciente es del {when}: {path}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>“{name}” cannot be opened: this computer limits the size of the files Care Organiser may write ({size}; see ulimit -f). Raise the limit and try again; the file was not changed.</source>
            <translation>No se puede abrir “{name}”: este ordenador limita el tamaño de los archivos que Care Organiser puede escribir ({size}; vea ulimit -f). Aumente el límite e inténtelo de nuevo; el archivo no se modificó.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“{name}” cannot be opened: the disk it is on is full. Free some space and try again; the file was not changed.</source>
            <translation>No se puede abrir “{name}”: el disco en el que está está lleno. Libere espacio e inténtelo de nuevo; el archivo no se modificó.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>it cannot be read</source>
            <translation>no se puede leer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>“{name}” is damaged ({detail}). The file was not changed. Restore the newest good backup, from {when}: {path} (or open it in the Care Organiser window to rescue what can be read).</source>
            <translation>“{name}” está dañado ({detail}). El archivo no se cambió. Restaure la copia buena más reciente, del {when}: {path} (o ábralo en la ventana de Care Organiser para rescatar lo que se pueda leer).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{name}” is damaged ({detail}). The file was not changed. There is no backup of it; open it in the Care Organiser window to rescue what can be read.</source>
            <translation>“{name}” está dañado ({detail}). El archivo no se cambió. No hay copia de seguridad; ábralo en la ventana de Care Organiser para rescatar lo que se pueda leer.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>“{name}” is not a Care Organiser profile.</source>
            <translation>“{name}” no es un perfil de Care Organiser.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{name}” was saved by a newer version of Care Organiser. Install that version to open it; the file has not been changed.</source>
            <translation>“{name}” lo guardó una versión más reciente de Care Organiser. Instale esa versión para abrirlo; el archivo no se ha cambiado.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>“{name}” could not be brought up to date for this version ({error}). The file has not been changed and a copy was kept as {backup}. Its records can still be read: reading commands open it read-only.</source>
            <translation>“{name}” no se pudo actualizar para esta versión ({error}). El archivo no se ha cambiado y se guardó una copia como {backup}. Sus registros aún se pueden leer: las órdenes de lectura lo abren en modo de solo lectura.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/store/reads.py" line="+191" />
            <source>This profile has no time zone set, so times follow this computer's time zone ({zone}). If the computer's zone changes, dose times move with it.</source>
            <extracomment>The columns of the schedules table that make a schedule, in the order :func:`stored_schedule` takes them. A stored instant as an aware UTC datetime; a stored date as a ``date`` (the codec's, so the ORM agrees).</extracomment>
            <translation>Este perfil no tiene zona horaria, así que las horas siguen la zona horaria de este ordenador ({zone}). Si cambia la zona del ordenador, las horas de las dosis cambian con ella.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This profile's time zone “{name}” is not known on this computer, so times follow this computer's time zone ({zone}) instead and may be hours off.</source>
            <translation>La zona horaria de este perfil, “{name}”, no se conoce en este ordenador, así que las horas siguen la zona de este ordenador ({zone}) y pueden tener horas de diferencia.</translation>
        </message>
    </context>
    <context>
        <name>QuestionDialog</name>
        <message>
            <location filename="../src/careorganiser/ui/questions/dialog.py" line="+19" />
            <source>High</source>
            <translation>Alta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Low</source>
            <translation>Baja</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Not planned yet</source>
            <translation>Aún sin planificar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{appointment} (past)</source>
            <translation>{appointment} (pasada)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>New question</source>
            <translation>Pregunta nueva</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Change question</source>
            <translation>Cambiar la pregunta</translation>
        </message>
        <message>
            <location line="+5" />
            <source>for example: Is the decline in FVC enough to change treatment?</source>
            <translation>por ejemplo: ¿Es el descenso de la FVC (CVF) suficiente para cambiar el tratamiento?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Question:</source>
            <translation>&amp;Pregunta:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <location line="+4" />
            <source>for example side effects, oxygen, trials</source>
            <translation>por ejemplo efectos secundarios, oxígeno, ensayos</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Topic:</source>
            <translation>&amp;Tema:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Topic</source>
            <translation>Tema</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Priority:</source>
            <translation>P&amp;rioridad:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Priority</source>
            <translation>Prioridad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>High priority questions come first, so they are asked even in a short visit.</source>
            <translation>Las preguntas de prioridad alta van primero, para que se hagan aunque la visita sea corta.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+2" />
            <source>Appointment the question is for</source>
            <translation>Cita para la que es la pregunta</translation>
        </message>
        <message>
            <location line="-1" />
            <source>For the &amp;appointment:</source>
            <translation>Para la &amp;cita:</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+6" />
            <source>— none —</source>
            <translation>— ninguno —</translation>
        </message>
        <message>
            <location line="-2" />
            <source>About a t&amp;rial:</source>
            <translation>Sobre un &amp;ensayo:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Trial the question is about</source>
            <translation>Ensayo al que se refiere la pregunta</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{name} (stopped)</source>
            <translation>{name} (suspendido)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>About a &amp;medication:</source>
            <translation>Sobre un &amp;medicamento:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Medication the question is about</source>
            <translation>Medicamento al que se refiere la pregunta</translation>
        </message>
    </context>
    <context>
        <name>Questions</name>
        <message>
            <location filename="../src/careorganiser/services/appointments.py" line="-119" />
            <location line="+3" />
            <location filename="../src/careorganiser/services/questions.py" line="+92" />
            <location line="+86" />
            <source>That question no longer exists.</source>
            <translation>Esa pregunta ya no existe.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/services/questions.py" line="-29" />
            <source>That appointment no longer exists. Choose another, or “Not planned yet”.</source>
            <translation>Esa cita ya no existe. Elija otra o “Aún sin planificar”.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Choose the priority: high, normal or low.</source>
            <translation>Elija la prioridad: alta, normal o baja.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>That trial is no longer saved. Choose another, or none.</source>
            <translation>Ese ensayo ya no está guardado. Elija otro o ninguno.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That medication is no longer in the list. Choose another, or none.</source>
            <translation>Ese medicamento ya no está en la lista. Elija otro o ninguno.</translation>
        </message>
        <message>
            <location line="+42" />
            <source>This question has an answer. Clear the answer first.</source>
            <translation>Esta pregunta tiene respuesta. Borre primero la respuesta.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Write the answer first.</source>
            <translation>Escriba primero la respuesta.</translation>
        </message>
    </context>
    <context>
        <name>QuestionsPage</name>
        <message>
            <location filename="../src/careorganiser/domain/status_words.py" line="-27" />
            <source>Open</source>
            <translation>Abierta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Asked, no answer yet</source>
            <translation>Hecha, aún sin respuesta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answered</source>
            <translation>Respondida</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/questions/words.py" line="+21" />
            <source>trial {nct}</source>
            <translation>ensayo {nct}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/questions/parts.py" line="+28" />
            <source>&amp;New question…</source>
            <translation>&amp;Pregunta nueva…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New question</source>
            <translation>Pregunta nueva</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit question…</source>
            <translation>&amp;Editar pregunta…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit the selected question</source>
            <translation>Editar la pregunta seleccionada</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+19" />
            <location line="+6" />
            <source>Mark &amp;asked</source>
            <translation>Marcar como &amp;hecha</translation>
        </message>
        <message>
            <location line="-24" />
            <location line="+25" />
            <source>Mark the selected question asked</source>
            <translation>Marcar la pregunta seleccionada como hecha</translation>
        </message>
        <message>
            <location line="-24" />
            <source>&amp;Move to…</source>
            <translation>&amp;Mover a…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move the selected question to another appointment</source>
            <translation>Mover la pregunta seleccionada a otra cita</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Delete question</source>
            <translation>E&amp;liminar pregunta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the selected question</source>
            <translation>Eliminar la pregunta seleccionada</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/questions/page.py" line="+70" />
            <source>Write questions down as they come up, and file them under the appointment where you will ask them. Open questions come first, the most important at the top. Open questions not planned yet print in the pack for the next appointment.</source>
            <extracomment>A change to any of these but the questions (a title, a linked trial's name) reads the list all again.</extracomment>
            <translation>Apunte las preguntas según le surjan y colóquelas en la cita en la que las hará. Las preguntas abiertas van primero, las más importantes arriba. Las preguntas abiertas aún sin planificar se imprimen en el dosier de la próxima cita.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>&amp;Questions, by appointment:</source>
            <translation>&amp;Preguntas, por cita:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Priority</source>
            <translation>Prioridad</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Topic</source>
            <translation>Tema</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About</source>
            <translation>Sobre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Questions, by appointment</source>
            <translation>Preguntas, por cita</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/questions/parts.py" line="+27" />
            <location line="+1" />
            <source>The selected question</source>
            <translation>La pregunta seleccionada</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Ans&amp;wer:</source>
            <translation>&amp;Respuesta:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answer</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the answer you were given, in your own words</source>
            <translation>la respuesta que le dieron, con sus palabras</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Save answer</source>
            <translation>&amp;Guardar respuesta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the answer</source>
            <translation>Guardar la respuesta</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/questions/page.py" line="+38" />
            <source>Questions for the doctor</source>
            <translation>Preguntas para el médico</translation>
        </message>
        <message>
            <location line="+66" />
            <source>an answer to a question</source>
            <translation>una respuesta a una pregunta</translation>
        </message>
        <message>
            <location line="+92" />
            <location filename="../src/careorganiser/ui/questions/words.py" line="+8" />
            <source>Not planned yet</source>
            <translation>Aún sin planificar</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/questions/words.py" line="+4" />
            <source>, with {clinician}</source>
            <translation>, con {clinician}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Past: {appointment}</source>
            <translation>Pasada: {appointment}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no questions yet</source>
            <translation>aún sin preguntas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} open</source>
            <translation>{count} abiertas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>none open</source>
            <translation>ninguna abierta</translation>
        </message>
        <message>
            <location line="+9" />
            <source>not planned yet (printed in the next appointment’s pack)</source>
            <translation>aún sin planificar (se imprime en el dosier de la próxima cita)</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/questions/page.py" line="-117" />
            <source>No questions yet. Use “New question” (Ctrl+N) to write down what you want to ask at the next appointment.</source>
            <translation>Aún no hay preguntas. Use “Pregunta nueva” (Ctrl+N) para apuntar lo que quiere preguntar en la próxima cita.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/questions/parts.py" line="+23" />
            <source>Choose a question above to see it in full and record its answer.</source>
            <translation>Elija arriba una pregunta para verla entera y anotar su respuesta.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/questions/words.py" line="+7" />
            <source>For: {appointment}</source>
            <translation>Para: {appointment}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Priority: {priority}</source>
            <translation>Prioridad: {priority}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status: {status}</source>
            <translation>Estado: {status}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Topic: {topic}</source>
            <translation>Tema: {topic}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>About: {what}</source>
            <translation>Sobre: {what}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/questions/parts.py" line="-60" />
            <source>Mark not &amp;asked</source>
            <translation>Marcar como no &amp;hecha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark the selected question not asked yet</source>
            <translation>Marcar la pregunta seleccionada como aún no hecha</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/questions/page.py" line="+118" />
            <source>{appointment} (past)</source>
            <translation>{appointment} (pasada)</translation>
        </message>
        <message>
            <location line="+22" />
            <location line="+8" />
            <source>Delete question</source>
            <translation>Eliminar pregunta</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Delete the question “{text}”? You can undo this.</source>
            <translation>¿Eliminar la pregunta “{text}”? Puede deshacerlo.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Deleted the question “{text}”.</source>
            <translation>Se eliminó la pregunta “{text}”.</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message numerus="yes">
            <location filename="../src/careorganiser/domain/formatting.py" line="+208" />
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n persona</numerusform>
                <numerusform>%n personas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n contacto</numerusform>
                <numerusform>%n contactos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n measurement kind(s)</source>
            <translation>
                <numerusform>%n tipo de medición</numerusform>
                <numerusform>%n tipos de medición</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n medication(s)</source>
            <translation>
                <numerusform>%n medicamento</numerusform>
                <numerusform>%n medicamentos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n schedule(s)</source>
            <translation>
                <numerusform>%n pauta</numerusform>
                <numerusform>%n pautas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n dose(s) recorded</source>
            <translation>
                <numerusform>%n dosis registrada</numerusform>
                <numerusform>%n dosis registradas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n appointment(s)</source>
            <translation>
                <numerusform>%n cita</numerusform>
                <numerusform>%n citas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n ride(s)</source>
            <translation>
                <numerusform>%n traslado</numerusform>
                <numerusform>%n traslados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n symptom note(s)</source>
            <translation>
                <numerusform>%n nota de síntomas</numerusform>
                <numerusform>%n notas de síntomas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n measurement(s)</source>
            <translation>
                <numerusform>%n medición</numerusform>
                <numerusform>%n mediciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n saved trial(s)</source>
            <translation>
                <numerusform>%n ensayo guardado</numerusform>
                <numerusform>%n ensayos guardados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n pregunta</numerusform>
                <numerusform>%n preguntas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n offer(s)</source>
            <translation>
                <numerusform>%n oferta</numerusform>
                <numerusform>%n ofertas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n follow-up plan(s)</source>
            <translation>
                <numerusform>%n plan de seguimiento</numerusform>
                <numerusform>%n planes de seguimiento</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n follow-up visit(s)</source>
            <translation>
                <numerusform>%n visita de seguimiento</numerusform>
                <numerusform>%n visitas de seguimiento</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n side effect(s) or event(s)</source>
            <translation>
                <numerusform>%n efecto secundario o evento</numerusform>
                <numerusform>%n efectos secundarios o eventos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n setting(s)</source>
            <translation>
                <numerusform>%n ajuste</numerusform>
                <numerusform>%n ajustes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n past version(s)</source>
            <translation>
                <numerusform>%n versión anterior</numerusform>
                <numerusform>%n versiones anteriores</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <location filename="../src/careorganiser/ui/recovery.py" line="+42" />
            <source>{date}, {time}</source>
            <translation>{date}, {time}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Last dose recorded: {when}.</source>
            <translation>Última dosis registrada: {when}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No dose recorded in it.</source>
            <translation>No tiene ninguna dosis registrada.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>“{name}” is damaged</source>
            <translation>“{name}” está dañado</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&lt;h2&gt;“{name}” is damaged&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;“{name}” está dañado&lt;/h2&gt;</translation>
        </message>
        <message>
            <location line="+10" />
            <source>it cannot be read</source>
            <translation>no se puede leer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The file of this profile can no longer be read as it should ({problems}). Nothing has been changed in it, and nothing will be erased.</source>
            <translation>El archivo de este perfil ya no se puede leer como debería ({problems}). No se ha cambiado nada en él y no se borrará nada.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Looking for the newest good backup…</source>
            <translation>Buscando la copia buena más reciente…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Newest good backup</source>
            <translation>Copia buena más reciente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Restore this copy</source>
            <translation>&amp;Restaurar esta copia</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The damaged file is kept in the trash, never erased</source>
            <translation>El archivo dañado se guarda en la papelera, nunca se borra</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Try to r&amp;escue what can be read</source>
            <translation>Intentar r&amp;escatar lo que se pueda leer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reads every record that can still be read into a new profile</source>
            <translation>Lee en un perfil nuevo todos los registros que aún se pueden leer</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Restoring puts the copy in place of this file; the damaged file is kept in the trash. Rescuing makes a new profile from whatever can still be read, and leaves this one as it is.</source>
            <translation>Restaurar pone la copia en lugar de este archivo; el archivo dañado se guarda en la papelera. Rescatar crea un perfil nuevo con todo lo que aún se pueda leer y deja este como está.</translation>
        </message>
        <message>
            <location line="+48" />
            <source>There is no good backup of this profile. Try to rescue what can still be read into a new profile.</source>
            <translation>No hay ninguna copia buena de este perfil. Intente rescatar en un perfil nuevo lo que aún se pueda leer.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&lt;b&gt;The newest good backup&lt;/b&gt; was made on {when}. It is protected by the profile's passphrase.</source>
            <translation>&lt;b&gt;La copia buena más reciente&lt;/b&gt; se hizo el {when}. Está protegida con la frase de contraseña del perfil.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&lt;b&gt;The newest good backup&lt;/b&gt; was made on {when}. It holds: {held}</source>
            <translation>&lt;b&gt;La copia buena más reciente&lt;/b&gt; se hizo el {when}. Contiene: {held}</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Restore this copy</source>
            <translation>Restaurar esta copia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Put the backup of {when} in place of the damaged file? The damaged file is kept in the trash.</source>
            <translation>¿Poner la copia del {when} en lugar del archivo dañado? El archivo dañado se guarda en la papelera.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/profile_actions.py" line="+181" />
            <location filename="../src/careorganiser/ui/recovery.py" line="+2" />
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../src/careorganiser/ui/recovery.py" line="+7" />
            <source>Restoring…</source>
            <translation>Restaurando…</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/recovery.py" line="+13" />
            <source>{name} (rescued)</source>
            <translation>{name} (rescatado)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reading what can be read…</source>
            <translation>Leyendo lo que se puede leer…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>What came back</source>
            <translation>Lo que se recuperó</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The damaged profile is left as it was.</source>
            <translation>El perfil dañado se deja como estaba.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Restore “{name}” from a backup</source>
            <translation>Restaurar “{name}” desde una copia de seguridad</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose a copy. The profile as it is now is kept in the trash.</source>
            <translation>Elija una copia. El perfil tal como está ahora se guarda en la papelera.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
        <message>
            <location line="+2" />
            <source>checked, good</source>
            <translation>comprobada, buena</translation>
        </message>
        <message>
            <location line="+0" />
            <source>damaged</source>
            <translation>dañada</translation>
        </message>
        <message>
            <location line="+0" />
            <source>not checked</source>
            <translation>sin comprobar</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Other file…</source>
            <translation>&amp;Otro archivo…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Restore</source>
            <translation>&amp;Restaurar</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Restore from a backup file</source>
            <translation>Restaurar desde un archivo de copia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Care Organiser backups (*.careprofile *.backup);;All files (*)</source>
            <translation>Copias de seguridad de Care Organiser (*.careprofile *.backup);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>automatic</source>
            <translation>automática</translation>
        </message>
        <message>
            <location line="+2" />
            <source>made by hand</source>
            <translation>hecha a mano</translation>
        </message>
        <message>
            <location line="+2" />
            <source>before an update</source>
            <translation>antes de una actualización</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+4" />
            <source>Deleted profiles</source>
            <translation>Perfiles eliminados</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Undelete</source>
            <translation>&amp;Recuperar</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{name} — deleted {when}</source>
            <translation>{name} — eliminado el {when}</translation>
        </message>
        <message>
            <location line="+17" />
            <source>“{name}” is back in the list of profiles.</source>
            <translation>“{name}” vuelve a estar en la lista de perfiles.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/profile_actions.py" line="-93" />
            <source>&amp;Back up now</source>
            <extracomment>The profile's file was replaced or removed: the window must let go of it and reopen (or pick) one.</extracomment>
            <translation>&amp;Hacer copia ahora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Restore from a backup…</source>
            <translation>&amp;Restaurar desde una copia…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Export…</source>
            <translation>&amp;Exportar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete profile</source>
            <translation>Eli&amp;minar perfil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deleted &amp;profiles (trash)…</source>
            <translation>&amp;Perfiles eliminados (papelera)…</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Backing up…</source>
            <translation>Haciendo la copia…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Backed up and checked: {path}</source>
            <translation>Copia hecha y comprobada: {path}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Back up now</source>
            <translation>Hacer copia ahora</translation>
        </message>
        <message>
            <location line="+7" />
            <source>That did not work</source>
            <translation>Eso no funcionó</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Restore from a backup</source>
            <translation>Restaurar desde una copia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replace “{name}” with the copy {path}? The profile as it is now is kept in the trash.</source>
            <translation>¿Sustituir “{name}” por la copia {path}? El perfil tal como está ahora se guarda en la papelera.</translation>
        </message>
        <message>
            <location line="+21" />
            <location line="+5" />
            <location line="+1" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location line="-5" />
            <location line="+19" />
            <source>Care Organiser export (*.json)</source>
            <translation>Exportación de Care Organiser (*.json)</translation>
        </message>
        <message>
            <location line="-15" />
            <source>The export is not protected by the passphrase: anyone who has the file can read it. Export anyway?</source>
            <translation>La exportación no está protegida con la frase de contraseña: cualquiera que tenga el archivo puede leerlo. ¿Exportar de todos modos?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Exporting…</source>
            <translation>Exportando…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Exported to {path}</source>
            <translation>Exportado a {path}</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+3" />
            <location line="+17" />
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <location line="-17" />
            <source>Name of the new profile:</source>
            <translation>Nombre del perfil nuevo:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Importing…</source>
            <translation>Importando…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Imported into “{name}”: {what}</source>
            <translation>Importado en “{name}”: {what}</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+13" />
            <source>Delete profile</source>
            <translation>Eliminar perfil</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Move “{name}” to the trash? It can be brought back from File → Deleted profiles.</source>
            <translation>¿Mover “{name}” a la papelera? Se puede recuperar desde Archivo → Perfiles eliminados.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <location filename="../src/careorganiser/services/reminders.py" line="+234" />
            <location line="+3" />
            <source>must be a whole number</source>
            <extracomment>How far back "missed while closed" looks, and how long such a dose stays listed unanswered. A ride not confirmed this long before its appointment is flagged (DESIGN.md), here and on Today.</extracomment>
            <translation>debe ser un número entero</translation>
        </message>
        <message>
            <location line="+2" />
            <source>must be between {low} and {high}</source>
            <translation>debe estar entre {low} y {high}</translation>
        </message>
        <message>
            <location line="+170" />
            <location line="+254" />
            <source>That medication no longer exists.</source>
            <translation>Ese medicamento ya no existe.</translation>
        </message>
        <message>
            <location line="-251" />
            <source>{name} is not taken as needed.</source>
            <translation>{name} no se toma a demanda.</translation>
        </message>
        <message>
            <location line="+130" />
            <source>{stock} {unit} left (refill at {refill}).</source>
            <translation>Quedan {stock} {unit} (reponer al llegar a {refill}).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>About {days} days of supply.</source>
            <translation>Unos {days} días de existencias.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time to order a refill.</source>
            <translation>Es hora de pedir más.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Running low: {name}</source>
            <translation>Quedan pocas: {name}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Tomorrow at {time}: {what}</source>
            <translation>Mañana a las {time}: {what}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>appointment</source>
            <translation>cita</translation>
        </message>
        <message>
            <location line="+2" />
            <source>with {name}</source>
            <translation>con {name}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The ride is not arranged yet.</source>
            <translation>El traslado aún no está organizado.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pickup at {time}.</source>
            <translation>Recogida a las {time}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Appointment tomorrow</source>
            <translation>Cita mañana</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the trip</source>
            <translation>el viaje</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no driver yet</source>
            <translation>aún sin conductor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pickup at {time} for {what}. Driver: {driver}.</source>
            <translation>Recogida a las {time} para {what}. Conductor: {driver}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>From {address}.</source>
            <translation>Desde {address}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ride in two hours</source>
            <translation>Traslado dentro de dos horas</translation>
        </message>
        <message>
            <location line="+5" />
            <source>still needed</source>
            <translation>todavía hace falta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>asked, not confirmed</source>
            <translation>pedido, sin confirmar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The ride for {what} on {date} at {time} is {state}. Arrange a driver.</source>
            <translation>El traslado para {what} el {date} a las {time} está: {state}. Busque un conductor.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ride to arrange</source>
            <translation>Traslado por organizar</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/careorganiser/ui/reminders.py" line="+44" />
            <source>%n hour(s)</source>
            <extracomment>The choices offered by Snooze (minutes); "custom" asks for a number.</extracomment>
            <translation>
                <numerusform>%n hora</numerusform>
                <numerusform>%n horas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
    </context>
    <context>
        <name>Rides</name>
        <message>
            <location filename="../src/careorganiser/domain/status_words.py" line="-31" />
            <source>Needed: nobody asked yet</source>
            <translation>Hace falta: aún no se pidió a nadie</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/careorganiser/ui/appointments/rides.py" line="+133" />
            <source>Asked, not confirmed</source>
            <translation>Pedido, sin confirmar</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/careorganiser/ui/appointments/rides.py" line="+0" />
            <source>Confirmed</source>
            <translation>Confirmado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Confirmed, no driver named</source>
            <translation>Confirmado, sin conductor indicado</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/appointments/rides.py" line="-72" />
            <source>New ride</source>
            <translation>Traslado nuevo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Change ride</source>
            <translation>Cambiar el traslado</translation>
        </message>
        <message>
            <location line="+7" />
            <source>None: a ride on its own</source>
            <translation>Ninguna: un traslado suelto</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{appointment} (past)</source>
            <translation>{appointment} (pasada)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Appointment:</source>
            <translation>&amp;Cita:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Appointment the ride is for</source>
            <translation>Cita para la que es el traslado</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Pickup day</source>
            <translation>Día de recogida</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Pickup &amp;day:</source>
            <translation>Día de &amp;recogida:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>for example 09:30</source>
            <translation>por ejemplo 09:30</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pickup &amp;time:</source>
            <translation>&amp;Hora de recogida:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Pickup time</source>
            <translation>Hora de recogida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Before the appointment starts, with time to park and find the way.</source>
            <translation>Antes de que empiece la cita, con tiempo para aparcar y encontrar el sitio.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;From:</source>
            <translation>&amp;Desde:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Pickup address</source>
            <translation>Dirección de recogida</translation>
        </message>
        <message>
            <location line="+3" />
            <source>T&amp;o:</source>
            <translation>&amp;A:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Destination</source>
            <translation>Destino</translation>
        </message>
        <message>
            <location line="+1" />
            <source>— nobody yet —</source>
            <translation>— nadie aún —</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <location line="+104" />
            <source>Driver</source>
            <translation>Conductor</translation>
        </message>
        <message>
            <location line="-105" />
            <source>driver</source>
            <translation>conductor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>D&amp;river:</source>
            <translation>C&amp;onductor:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a time, for example 12:30; empty if no ride back</source>
            <translation>una hora, por ejemplo 12:30; vacío si no hay vuelta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pickup for the &amp;way back:</source>
            <translation>Recogida para la &amp;vuelta:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Return pickup time</source>
            <translation>Hora de recogida de vuelta</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Ride status</source>
            <translation>Estado del traslado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Stat&amp;us:</source>
            <translation>&amp;Estado:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Notes:</source>
            <translation>&amp;Notas:</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+102" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location line="-101" />
            <source>For the driver: oxygen, wheelchair, where to wait…</source>
            <translation>Para el conductor: oxígeno, silla de ruedas, dónde esperar…</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Driver chosen</source>
            <translation>Conductor elegido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} is the driver now. Has {name} been asked, or is the ride confirmed?</source>
            <translation>Ahora el conductor es {name}. ¿Se le ha pedido a {name} o el traslado está confirmado?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not asked yet</source>
            <translation>Aún no se ha pedido</translation>
        </message>
        <message>
            <location line="+12" />
            <source>the appointment's place: {place}</source>
            <translation>el lugar de la cita: {place}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>where the ride goes</source>
            <translation>adónde va el traslado</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Pickup</source>
            <extracomment>Emitted with a message when something could not be done (the page shows it).</extracomment>
            <translation>Recogida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+3" />
            <source>nobody yet</source>
            <translation>nadie aún</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Way back</source>
            <translation>Vuelta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To</source>
            <translation>Destino</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From</source>
            <translation>Origen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Rides on their own</source>
            <translation>Traslados sueltos</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rides for this appointment</source>
            <translation>Traslados para esta cita</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add a r&amp;ide</source>
            <translation>Añadir un tr&amp;aslado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add a ride</source>
            <translation>Añadir un traslado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Change ride…</source>
            <translation>&amp;Cambiar traslado…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Change the selected ride</source>
            <translation>Cambiar el traslado seleccionado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rem&amp;ove ride</source>
            <translation>&amp;Quitar traslado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Remove the selected ride</source>
            <translation>Quitar el traslado seleccionado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ride stat&amp;us:</source>
            <translation>&amp;Estado del traslado:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status of the selected ride</source>
            <translation>Estado del traslado seleccionado</translation>
        </message>
        <message>
            <location line="+19" />
            <source>time not set</source>
            <translation>hora sin fijar</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Rides that are not for an appointment: shopping, the pharmacy, a visit.</source>
            <translation>Traslados que no son para una cita: la compra, la farmacia, una visita.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No rides on their own on {day}.</source>
            <translation>No hay traslados sueltos el {day}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No rides on their own. Use “Add a ride” for a trip that is not to an appointment.</source>
            <translation>No hay traslados sueltos. Use “Añadir un traslado” para un viaje que no sea a una cita.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose an appointment in the agenda to see its rides.</source>
            <translation>Elija una cita de la agenda para ver sus traslados.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Rides for {appointment}</source>
            <translation>Traslados para {appointment}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No ride planned for this appointment. Add one if someone needs to drive.</source>
            <translation>No hay traslado previsto para esta cita. Añada uno si alguien tiene que conducir.</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Remove ride</source>
            <translation>Quitar traslado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the ride on {when} to {destination}? You can undo this.</source>
            <translation>¿Quitar el traslado del {when} a {destination}? Puede deshacerlo.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the appointment</source>
            <translation>la cita</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Removed the ride on {when}.</source>
            <translation>Se quitó el traslado del {when}.</translation>
        </message>
    </context>
    <context>
        <name>SaveCancel</name>
        <message>
            <location filename="../src/careorganiser/ui/widgets/save_cancel.py" line="+20" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel without saving</source>
            <translation>Cancelar sin guardar</translation>
        </message>
    </context>
    <context>
        <name>Schedule</name>
        <message numerus="yes">
            <location filename="../src/careorganiser/domain/schedules.py" line="+490" />
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n hora</numerusform>
                <numerusform>%n horas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minuto</numerusform>
                <numerusform>%n minutos</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>{hours} hours</source>
            <translation>{hours} horas</translation>
        </message>
        <message>
            <location line="+9" />
            <source>from {start} until {end}</source>
            <translation>del {start} al {end}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>from {start}</source>
            <translation>desde el {start}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>until {end}</source>
            <translation>hasta el {end}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{days} at {times}</source>
            <translation>{days} a las {times}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Once a day at {times}</source>
            <translation>Una vez al día a las {times}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Twice a day at {times}</source>
            <translation>Dos veces al día a las {times}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} times a day at {times}</source>
            <translation>{count} veces al día a las {times}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Every day at {times} from {start}</source>
            <translation>Todos los días a las {times} desde el {start}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Every {every} days at {times} from {start}</source>
            <translation>Cada {every} días a las {times} desde el {start}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Every hour from {time} on {date}</source>
            <translation>Cada hora desde las {time} del {date}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Every {interval} from {time} on {date}</source>
            <translation>Cada {interval} desde las {time} del {date}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>As needed</source>
            <translation>A demanda</translation>
        </message>
        <message>
            <location line="+2" />
            <source>at least {interval} apart</source>
            <translation>con al menos {interval} de separación</translation>
        </message>
        <message>
            <location line="+4" />
            <source>at most once a day</source>
            <translation>como máximo una vez al día</translation>
        </message>
        <message>
            <location line="+2" />
            <source>at most {count} a day</source>
            <translation>como máximo {count} al día</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{schedule}, {window}</source>
            <translation>{schedule}, {window}</translation>
        </message>
    </context>
    <context>
        <name>ScheduleEditor</name>
        <message>
            <location filename="../src/careorganiser/ui/medications/schedule_logic.py" line="+66" />
            <source>At set times each day</source>
            <extracomment>The ways whose doses fall at times of day typed in the list.</extracomment>
            <translation>A horas fijas cada día</translation>
        </message>
        <message>
            <location line="+1" />
            <source>On chosen weekdays</source>
            <translation>Ciertos días de la semana</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every N days</source>
            <translation>Cada N días</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every N hours</source>
            <translation>Cada N horas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>As needed</source>
            <translation>A demanda</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/schedule.py" line="+85" />
            <location filename="../src/careorganiser/ui/medications/schedule_logic.py" line="+22" />
            <source>How often</source>
            <translation>Frecuencia</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/schedule_logic.py" line="+0" />
            <location filename="../src/careorganiser/ui/medications/schedule_parts.py" line="+38" />
            <source>Times of day</source>
            <translation>Horas del día</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Days</source>
            <translation>Días</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <source>Every</source>
            <translation>Cada</translation>
        </message>
        <message>
            <location line="+0" />
            <source>First dose</source>
            <translation>Primera dosis</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/schedule.py" line="+231" />
            <location filename="../src/careorganiser/ui/medications/schedule_logic.py" line="+0" />
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/careorganiser/ui/medications/schedule_logic.py" line="+0" />
            <source>Until</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/schedule_logic.py" line="+1" />
            <source>At least</source>
            <translation>Al menos</translation>
        </message>
        <message>
            <location line="+0" />
            <source>At most</source>
            <translation>Como máximo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Schedule</source>
            <translation>Pauta</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/schedule.py" line="-231" />
            <source>How &amp;often</source>
            <translation>&amp;Frecuencia</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/schedule_parts.py" line="+11" />
            <source>e.g. 08:00 or 1pm</source>
            <translation>p. ej. 08:00 o 13:00</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/schedule_logic.py" line="+8" />
            <location filename="../src/careorganiser/ui/medications/schedule_parts.py" line="+3" />
            <source>Time to add</source>
            <translation>Hora que añadir</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/schedule_parts.py" line="+1" />
            <source>Add &amp;time</source>
            <translation>Añadir &amp;hora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add this time</source>
            <translation>Añadir esta hora</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remo&amp;ve time</source>
            <translation>&amp;Quitar hora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the chosen time</source>
            <translation>Quitar la hora elegida</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/schedule.py" line="+10" />
            <source>Ti&amp;mes of day</source>
            <translation>Ho&amp;ras del día</translation>
        </message>
        <message>
            <location line="+16" />
            <source>On these da&amp;ys</source>
            <translation>Estos día&amp;s</translation>
        </message>
        <message>
            <location line="+9" />
            <source> days</source>
            <translation> días</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every how many days</source>
            <translation>Cada cuántos días</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+17" />
            <source>Ever&amp;y</source>
            <translation>C&amp;ada</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Date of the first dose</source>
            <translation>Fecha de la primera dosis</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+18" />
            <source>First dose o&amp;n</source>
            <translation>Primera dosis e&amp;l</translation>
        </message>
        <message>
            <location line="-8" />
            <source> hours</source>
            <translation> horas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every how many hours</source>
            <translation>Cada cuántas horas</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+172" />
            <source>First dose on</source>
            <translation>Primera dosis el</translation>
        </message>
        <message>
            <location line="-170" />
            <source>Date and time of the first dose</source>
            <translation>Fecha y hora de la primera dosis</translation>
        </message>
        <message>
            <location line="+11" />
            <source> hours apart</source>
            <translation> horas de separación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no minimum gap</source>
            <translation>sin separación mínima</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At least how many hours apart</source>
            <translation>Al menos cuántas horas de separación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At &amp;least</source>
            <translation>Al &amp;menos</translation>
        </message>
        <message>
            <location line="+6" />
            <source> a day</source>
            <translation> al día</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no daily limit</source>
            <translation>sin límite diario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At most how many a day</source>
            <translation>Como máximo cuántas al día</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At mos&amp;t</source>
            <translation>Como má&amp;ximo</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/schedule_parts.py" line="+89" />
            <source>&amp;From</source>
            <translation>&amp;Desde</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only from a date</source>
            <translation>Solo desde una fecha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First day of this schedule</source>
            <translation>Primer día de esta pauta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Until</source>
            <translation>Has&amp;ta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only until a date</source>
            <translation>Solo hasta una fecha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last day of this schedule</source>
            <translation>Último día de esta pauta</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/schedule.py" line="+8" />
            <source>Only between</source>
            <translation>Solo entre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For a course or a tapering dose: the first and last day of this schedule.</source>
            <translation>Para un tratamiento corto o una dosis decreciente: el primer y el último día de esta pauta.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This schedule in words</source>
            <translation>Esta pauta en palabras</translation>
        </message>
        <message>
            <location line="+4" />
            <source>In words</source>
            <translation>En palabras</translation>
        </message>
        <message>
            <location line="+133" />
            <source>3 Dec 2026 or 03/12/2026</source>
            <translation>3 dic 2026 o 03/12/2026</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/medications/schedule_logic.py" line="+68" />
            <source>Not finished: {problem}</source>
            <translation>Sin terminar: {problem}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not finished: {field}: {problem}</source>
            <translation>Sin terminar: {field}: {problem}</translation>
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <location filename="../src/careorganiser/services/search.py" line="+32" />
            <source>Journal note</source>
            <translation>Nota del diario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trial</source>
            <translation>Ensayo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Medication</source>
            <translation>Medicamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Appointment</source>
            <translation>Cita</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ride</source>
            <translation>Traslado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Measurement</source>
            <translation>Medición</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dose note</source>
            <translation>Nota de la dosis</translation>
        </message>
    </context>
    <context>
        <name>SearchBar</name>
        <message>
            <location filename="../src/careorganiser/ui/search_bar.py" line="+62" />
            <source>Searc&amp;h:</source>
            <extracomment>The HTML an entry shows (its DisplayRole is the same in plain words, for screen readers and tests). At most this many results (the best first). kind, record id The results appeared (True) or went away (False): the window gives them its main area meanwhile.</extracomment>
            <translation>Busca&amp;r:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>notes, questions, trials, medications, contacts, rides (Ctrl+F)</source>
            <translation>notas, preguntas, ensayos, medicamentos, contactos, traslados (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Search results</source>
            <translation>Resultados de la búsqueda</translation>
        </message>
        <message>
            <location line="+79" />
            <source>{count} found for “{text}”, best first. Enter opens the first; Escape goes back.</source>
            <translation>{count} resultados para “{text}”, los mejores primero. Intro abre el primero; Esc vuelve atrás.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>1 found for “{text}”. Enter opens it.</source>
            <translation>1 resultado para “{text}”. Intro lo abre.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nothing found for “{text}”.</source>
            <translation>No se encontró nada para “{text}”.</translation>
        </message>
    </context>
    <context>
        <name>Severity</name>
        <message>
            <location filename="../src/careorganiser/services/symptoms.py" line="+34" />
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <location line="+0" />
            <source>mild</source>
            <translation>leve</translation>
        </message>
        <message>
            <location line="+0" />
            <source>moderate</source>
            <translation>moderado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>severe</source>
            <translation>grave</translation>
        </message>
        <message>
            <location line="+0" />
            <source>very severe</source>
            <translation>muy grave</translation>
        </message>
    </context>
    <context>
        <name>SymptomTrends</name>
        <message>
            <location filename="../src/careorganiser/ui/journal/trends.py" line="+26" />
            <source>Last 30 days</source>
            <translation>Últimos 30 días</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last 3 months</source>
            <translation>Últimos 3 meses</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last 6 months</source>
            <translation>Últimos 6 meses</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last year</source>
            <translation>Último año</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All notes</source>
            <translation>Todas las notas</translation>
        </message>
        <message>
            <location line="+13" />
            <source>How bad a symptom was each time it was noted, from 0 (none) to 4 (very severe).</source>
            <translation>Cuánto molestó un síntoma cada vez que se anotó, de 0 (nada) a 4 (muy grave).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Symptom</source>
            <translation>Síntoma</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>S&amp;ymptom:</source>
            <translation>S&amp;íntoma:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Period:</source>
            <translation>&amp;Periodo:</translation>
        </message>
        <message>
            <location line="+27" />
            <source>No symptoms noted yet. Note one in the symptom journal and its trend appears here.</source>
            <translation>Aún no se han anotado síntomas. Anote uno en el diario de síntomas y aquí aparecerá su tendencia.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No notes of {symptom} in this period. Choose a longer period.</source>
            <translation>No hay notas de {symptom} en este periodo. Elija un periodo más largo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{symptom}: how bad, 0 to 4</source>
            <translation>{symptom}: cuánto molesta, de 0 a 4</translation>
        </message>
        <message>
            <location line="+2" />
            <source>severity</source>
            <translation>gravedad</translation>
        </message>
    </context>
    <context>
        <name>Symptoms</name>
        <message>
            <location filename="../src/careorganiser/services/symptoms.py" line="+7" />
            <source>breathlessness</source>
            <translation>falta de aire</translation>
        </message>
        <message>
            <location line="+0" />
            <source>cough</source>
            <translation>tos</translation>
        </message>
        <message>
            <location line="+0" />
            <source>fatigue</source>
            <translation>cansancio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nausea</source>
            <translation>náuseas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>loss of appetite</source>
            <translation>pérdida de apetito</translation>
        </message>
        <message>
            <location line="+1" />
            <source>chest tightness</source>
            <translation>opresión en el pecho</translation>
        </message>
        <message>
            <location line="+0" />
            <source>dizziness</source>
            <translation>mareo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>poor sleep</source>
            <translation>mal sueño</translation>
        </message>
        <message>
            <location line="+1" />
            <source>low mood</source>
            <translation>ánimo bajo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>anxiety</source>
            <translation>ansiedad</translation>
        </message>
        <message>
            <location line="+0" />
            <source>heartburn</source>
            <translation>acidez</translation>
        </message>
        <message>
            <location line="+1" />
            <source>diarrhoea</source>
            <translation>diarrea</translation>
        </message>
        <message>
            <location line="+0" />
            <source>joint pain</source>
            <translation>dolor articular</translation>
        </message>
        <message>
            <location line="+0" />
            <source>rash</source>
            <translation>erupción</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sensitivity to sunlight</source>
            <translation>sensibilidad a la luz solar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>swollen ankles</source>
            <translation>tobillos hinchados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>headache</source>
            <translation>dolor de cabeza</translation>
        </message>
        <message>
            <location line="+0" />
            <source>fever</source>
            <translation>fiebre</translation>
        </message>
        <message>
            <location line="+24" />
            <location line="+136" />
            <source>That note no longer exists.</source>
            <translation>Esa nota ya no existe.</translation>
        </message>
        <message>
            <location line="-100" />
            <source>The severity of “{name}” must be a whole number from 0 (none) to 4 (very severe).</source>
            <translation>La gravedad de “{name}” debe ser un número entero de 0 (ninguna) a 4 (muy grave).</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Symptoms must be a list of names with severities.</source>
            <translation>Los síntomas deben ser una lista de nombres con gravedades.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Symptom {number} needs a name and a severity.</source>
            <translation>El síntoma {number} necesita un nombre y una gravedad.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Symptom {number}</source>
            <translation>Síntoma {number}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Symptom {number} has no name. Type a name or remove it.</source>
            <translation>El síntoma {number} no tiene nombre. Escriba un nombre o quítelo.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>“{name}” is listed twice with different severities. Keep one of them.</source>
            <translation>“{name}” aparece dos veces con gravedades distintas. Deje solo una.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Too many symptoms in one note: at most {limit}.</source>
            <translation>Demasiados síntomas en una nota: como máximo {limit}.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <location line="+5" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activity and pacing</source>
            <translation>Actividad y ritmo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The note is empty: add a symptom or write a few words.</source>
            <translation>La nota está vacía: añada un síntoma o escriba unas palabras.</translation>
        </message>
    </context>
    <context>
        <name>TodayCommand</name>
        <message>
            <location filename="../src/careorganiser/domain/status_words.py" line="-70" />
            <source>taken</source>
            <translation>tomada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>skipped</source>
            <translation>saltada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>DUE NOW</source>
            <translation>TOCA AHORA</translation>
        </message>
        <message>
            <location line="+1" />
            <source>missed</source>
            <translation>olvidada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>upcoming</source>
            <translation>más tarde</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/commands/today.py" line="+29" />
            <source>today: --at {text} is not a date ({why})</source>
            <translation>today: --at {text} no es una fecha ({why})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>today: --at {text} is not an ISO 8601 instant (e.g. 2026-11-21T13:00 or 2026-11-21T13:00:00+00:00)</source>
            <translation>today: --at {text} no es un instante ISO 8601 (p. ej. 2026-11-21T13:00 o 2026-11-21T13:00:00+00:00)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>today: --at {text} is out of range (years 1900 to 9000)</source>
            <translation>today: --at {text} está fuera del intervalo (años 1900 a 9000)</translation>
        </message>
        <message>
            <location line="+25" />
            <source>warning: {message}</source>
            <translation>aviso: {message}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Today: {day} (at {time}, {zone})</source>
            <translation>Hoy: {day} (a las {time}, {zone})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Doses</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No doses scheduled for this day.</source>
            <translation>No hay dosis previstas este día.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>at {time}</source>
            <translation>a las {time}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(as needed)</source>
            <translation>(a demanda)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Appointments</source>
            <translation>Citas</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+11" />
            <source>None on this day.</source>
            <translation>Nada este día.</translation>
        </message>
        <message>
            <location line="-9" />
            <source>with {clinician}</source>
            <translation>con {clinician}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no ride planned</source>
            <translation>sin traslado previsto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(ride: {ride})</source>
            <translation>(traslado: {ride})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rides</source>
            <translation>Traslados</translation>
        </message>
        <message>
            <location line="+5" />
            <source>no driver yet</source>
            <translation>aún sin conductor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>pickup to {place}</source>
            <translation>recogida para {place}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>pickup</source>
            <translation>recogida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>return pickup {time}</source>
            <translation>recogida de vuelta {time}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Running low</source>
            <translation>Quedan pocas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No medication is running low.</source>
            <translation>No queda poco de ningún medicamento.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>about {days} days of supply</source>
            <translation>existencias para unos {days} días</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{amount} left (refill at {refill})</source>
            <translation>quedan {amount} (reponer al llegar a {refill})</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <location filename="../src/careorganiser/domain/status_words.py" line="-14" />
            <source>Taken</source>
            <translation>Tomada</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/careorganiser/ui/today/text.py" line="+105" />
            <source>Skipped</source>
            <translation>Saltada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Due now</source>
            <translation>Toca ahora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Missed</source>
            <translation>Olvidada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Upcoming</source>
            <translation>Más tarde</translation>
        </message>
        <message>
            <location line="+32" />
            <source>still needed</source>
            <translation>todavía hace falta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>asked, not confirmed</source>
            <translation>pedido, sin confirmar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>confirmed</source>
            <translation>confirmado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>done</source>
            <translation>hecho</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cancelled</source>
            <translation>cancelado</translation>
        </message>
        <message>
            <location line="+41" />
            <source>confirmed, no driver named</source>
            <translation>confirmado, sin conductor indicado</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/page.py" line="+80" />
            <location line="+216" />
            <location filename="../src/careorganiser/ui/today/text.py" line="-62" />
            <location line="+7" />
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <location line="-82" />
            <source>Undo the last dose answered</source>
            <translation>Deshacer la última dosis respondida</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/sections.py" line="+107" />
            <source>Reminders</source>
            <translation>Recordatorios</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Today’s doses</source>
            <translation>Dosis de hoy</translation>
        </message>
        <message>
            <location line="+42" />
            <source>As needed</source>
            <translation>A demanda</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Next appointments</source>
            <translation>Próximas citas</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Questions for the next appointment</source>
            <translation>Preguntas para la próxima cita</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Running low</source>
            <translation>Quedan pocas</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/text.py" line="-5" />
            <source>As of {time}</source>
            <translation>A las {time}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/controller.py" line="+116" />
            <source>Nothing is due right now, and no doses are scheduled today.</source>
            <translation>No toca nada ahora y no hay dosis previstas hoy.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing is due right now. No more doses are scheduled today.</source>
            <translation>No toca nada ahora. No hay más dosis previstas hoy.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Nothing is due right now. Next: {what} at {time}.</source>
            <translation>No toca nada ahora. Siguiente: {what} a las {time}.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/sections.py" line="-147" />
            <source>Dismiss</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dismiss the reminder: {title}</source>
            <translation>Descartar el recordatorio: {title}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/text.py" line="+31" />
            <source>as needed</source>
            <translation>a demanda</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Taken at {time}</source>
            <translation>Tomada a las {time}</translation>
        </message>
        <message>
            <location line="-12" />
            <source>{what} at {time}: {state}</source>
            <translation>{what} a las {time}: {state}</translation>
        </message>
        <message>
            <location line="-4" />
            <source>{what} at {time}</source>
            <translation>{what} a las {time}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/sections.py" line="+42" />
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/text.py" line="+7" />
            <source>Undo: {subject} {state}</source>
            <translation>Deshacer: {subject} {state}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/sections.py" line="+6" />
            <source>No doses are scheduled today. Add a medication and its times under Medications.</source>
            <translation>No hay dosis previstas hoy. Añada un medicamento y sus horas en Medicamentos.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Take now</source>
            <translation>Tomar ahora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take {what} now</source>
            <translation>Tomar {what} ahora</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/controller.py" line="+6" />
            <source>{count} of at most {most} today.</source>
            <translation>{count} de un máximo de {most} hoy.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} today.</source>
            <translation>{count} hoy.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last: {when}.</source>
            <translation>Última: {when}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Can be taken now.</source>
            <translation>Se puede tomar ahora.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next allowed at {when}.</source>
            <translation>La siguiente se permite a las {when}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not allowed by its schedule.</source>
            <translation>Su pauta no lo permite.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>yesterday at {time}</source>
            <translation>ayer a las {time}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>tomorrow at {time}</source>
            <translation>mañana a las {time}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/sections.py" line="+32" />
            <source>Prepare &amp;pack…</source>
            <translation>Preparar &amp;dosier…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Prepare the appointment pack for {when}</source>
            <translation>Preparar el dosier de la cita del {when}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A PDF to print and take to the appointment</source>
            <translation>Un PDF para imprimir y llevar a la cita</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/text.py" line="+54" />
            <source>No ride planned.</source>
            <translation>Sin traslado previsto.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+3" />
            <source>Ride {state}: arrange a driver.</source>
            <translation>Traslado ({state}): busque un conductor.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ride for {when} {state}</source>
            <translation>Traslado del {when}: {state}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ride {state}</source>
            <translation>Traslado: {state}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>pickup {time}</source>
            <translation>recogida {time}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/sections.py" line="+16" />
            <source>No appointments coming. Add one under Appointments &amp; rides.</source>
            <translation>No hay citas próximas. Añada una en Citas y traslados.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/text.py" line="+10" />
            <source>high priority</source>
            <translation>prioridad alta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>High priority: {text}</source>
            <translation>Prioridad alta: {text}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No open questions for the next appointment. Add them under Questions.</source>
            <translation>No hay preguntas abiertas para la próxima cita. Añádalas en Preguntas.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Questions appear here once an appointment is planned.</source>
            <translation>Las preguntas aparecen aquí cuando hay una cita planificada.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{stock} {unit} left</source>
            <translation>Quedan {stock} {unit}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>About {days} days of supply</source>
            <translation>Existencias para unos {days} días</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/sections.py" line="+34" />
            <source>Record refill…</source>
            <translation>Registrar reposición…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record a refill of {what}</source>
            <translation>Registrar una reposición de {what}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No medication is running low.</source>
            <translation>No queda poco de ningún medicamento.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/answers.py" line="+92" />
            <location line="+26" />
            <location filename="../src/careorganiser/ui/today/page.py" line="+171" />
            <location line="+32" />
            <source>Not recorded</source>
            <translation>Sin registrar</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/text.py" line="-77" />
            <source>{what} at {time}: {state}.</source>
            <translation>{what} a las {time}: {state}.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/controller.py" line="-66" />
            <source>Taken at</source>
            <translation>Tomada a las</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/answers.py" line="-6" />
            <source>Taken at another time</source>
            <translation>Tomada a otra hora</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/text.py" line="+6" />
            <source>{what} was due at {time}. At what time was it taken? For example 10:15 or 9pm.</source>
            <translation>{what} tocaba a las {time}. ¿A qué hora se tomó? Por ejemplo 10:15 o 21:00.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/controller.py" line="+5" />
            <source>{label}: {time} is still to come. Type a time up to now.</source>
            <translation>{label}: las {time} aún no han llegado. Escriba una hora hasta ahora.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/answers.py" line="+17" />
            <source>Reason for skipping</source>
            <translation>Motivo para saltarla</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Why was {what} skipped?</source>
            <translation>¿Por qué se saltó {what}?</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/text.py" line="-12" />
            <source>Skipped: {reason}</source>
            <translation>Saltada: {reason}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/answers.py" line="+8" />
            <source>Left as missed</source>
            <translation>Dejada como olvidada</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Not undone</source>
            <translation>No se deshizo</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+7" />
            <source>Snooze</source>
            <translation>Posponer</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Remind again about {what} in how many minutes?</source>
            <translation>¿Dentro de cuántos minutos recordar de nuevo {what}?</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/controller.py" line="-29" />
            <source>“{text}” is not a whole number of minutes.</source>
            <extracomment>The follow-up plans' part of the page (read by its own section). What each part of the page is read from: a change to one of these areas reads the part again.</extracomment>
            <translation>“{text}” no es un número entero de minutos.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/today/page.py" line="-6" />
            <source>Take {what} anyway?</source>
            <translation>¿Tomar {what} de todos modos?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record the dose anyway?</source>
            <translation>¿Registrar la dosis de todos modos?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record anyway</source>
            <translation>Registrar igualmente</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Record refill</source>
            <translation>Registrar reposición</translation>
        </message>
        <message>
            <location line="+0" />
            <source>How many {unit} of {what} were collected?</source>
            <translation>¿Cuántas {unit} de {what} se recogieron?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>units</source>
            <translation>unidades</translation>
        </message>
    </context>
    <context>
        <name>Trash</name>
        <message>
            <location filename="../src/careorganiser/services/trash.py" line="+48" />
            <location line="+13" />
            <source>That record no longer exists.</source>
            <translation>Ese registro ya no existe.</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <location filename="../src/careorganiser/ui/tray.py" line="+41" />
            <source>Keep reminders running?</source>
            <translation>¿Mantener los recordatorios?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Care Organiser can keep running in the system tray when you close its window, so medication reminders still appear. You can quit from the tray icon's menu, and change this later under File → Preferences.

Keep running in the tray when the window is closed?</source>
            <translation>Care Organiser puede seguir funcionando en la bandeja del sistema cuando cierre la ventana, para que sigan apareciendo los recordatorios de medicación. Puede salir desde el menú del icono de la bandeja y cambiar esto más adelante en Archivo → Preferencias.

¿Seguir en la bandeja al cerrar la ventana?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Keep running in the tray</source>
            <translation>Seguir en la bandeja</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{name} is due</source>
            <translation>Toca {name}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{dose} at {time}.</source>
            <translation>{dose} a las {time}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{count} doses are due</source>
            <translation>Tocan {count} dosis</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Taken, skip or snooze from the tray menu or the Today screen.</source>
            <translation>Tomada, saltar o posponer desde el menú de la bandeja o la pantalla Hoy.</translation>
        </message>
        <message>
            <location line="+64" />
            <source>Care Organiser — {name}</source>
            <translation>Care Organiser — {name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Care Organiser</source>
            <translation>Care Organiser</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Show Care Organiser</source>
            <translation>Mostrar Care Organiser</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Nothing due now</source>
            <translation>Nada pendiente ahora</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Taken</source>
            <translation>Tomada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skip</source>
            <translation>Saltar</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Snooze {time}</source>
            <translation>Posponer {time}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Snooze for…</source>
            <translation>Posponer…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Quit Care Organiser</source>
            <translation>Salir de Care Organiser</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Not recorded</source>
            <translation>Sin registrar</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Missed while closed</source>
            <translation>Olvidadas con la aplicación cerrada</translation>
        </message>
        <message>
            <location line="+0" />
            <source>{count} doses fell due while Care Organiser was closed. Open it to mark them taken or skipped.</source>
            <translation>{count} dosis tocaron con Care Organiser cerrado. Ábralo para marcarlas como tomadas o saltadas.</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Care Organiser is still running</source>
            <translation>Care Organiser sigue abierto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reminders will appear here. To quit, use this icon's menu.</source>
            <translation>Los recordatorios aparecerán aquí. Para salir, use el menú de este icono.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/preferences.py" line="+37" />
            <location line="+64" />
            <location line="+12" />
            <source>Preferences</source>
            <translation>Preferencias</translation>
        </message>
        <message>
            <location line="-71" />
            <source>Medication reminders</source>
            <translation>Recordatorios de medicación</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <location line="+27" />
            <source> minutes</source>
            <translation> minutos</translation>
        </message>
        <message>
            <location line="-28" />
            <source>A dose counts as due for</source>
            <translation>Una dosis cuenta como pendiente durante</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remind again every</source>
            <translation>Recordar de nuevo cada</translation>
        </message>
        <message>
            <location line="+1" />
            <source> times</source>
            <translation> veces</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remind at most</source>
            <translation>Recordar como máximo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This computer</source>
            <translation>Este ordenador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Keep running in the tray when the window is closed</source>
            <translation>&amp;Seguir en la bandeja al cerrar la ventana</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This desktop has no system tray: reminders show in the window while it is open.</source>
            <translation>Este escritorio no tiene bandeja del sistema: los recordatorios se muestran en la ventana mientras está abierta.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Start Care Organiser when I log in</source>
            <translation>&amp;Abrir Care Organiser al iniciar sesión</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Never</source>
            <translation>Nunca</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lock a protected profile after minutes without use</source>
            <translation>Bloquear un perfil protegido tras minutos sin uso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lock a protected profile after</source>
            <translation>Bloquear un perfil protegido tras</translation>
        </message>
        <message>
            <location line="+2" />
            <source>List protected profiles by &amp;number, not by name</source>
            <translation>Mostrar los perfiles protegidos por &amp;número, no por nombre</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Could not change starting at login: {error}</source>
            <translation>No se pudo cambiar el inicio con la sesión: {error}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/tray.py" line="+61" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferencias…</translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <location filename="../src/careorganiser/ui/journal/measurement_chart.py" line="+170" />
            <location line="+15" />
            <source>Trend chart</source>
            <translation>Gráfico de tendencia</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Key to the chart</source>
            <translation>Leyenda del gráfico</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Trend in words</source>
            <translation>Tendencia en palabras</translation>
        </message>
        <message>
            <location line="+169" />
            <source>No {label} values yet. Add one and its trend appears here.</source>
            <translation>Aún no hay valores de {label}. Añada uno y aquí aparecerá su tendencia.</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Reference range {range}</source>
            <translation>Intervalo de referencia {range}</translation>
        </message>
        <message>
            <location line="+40" />
            <source>{label} {context}</source>
            <translation>{label} {context}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{series}: {value} on {date}</source>
            <translation>{series}: {value} el {date}</translation>
        </message>
        <message>
            <location line="+22" />
            <source>{low} to {high}</source>
            <translation>{low} a {high}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>above {low}</source>
            <translation>por encima de {low}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>below {high}</source>
            <translation>por debajo de {high}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Latest {value} on {date}.</source>
            <translation>Último: {value} el {date}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{count} values since {date}: lowest {low}, highest {high}.</source>
            <translation>{count} valores desde el {date}: mínimo {low}, máximo {high}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{context}: {summary}</source>
            <translation>{context}: {summary}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reference range {range}.</source>
            <translation>Intervalo de referencia {range}.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Values by date, {context}: {items}.</source>
            <translation>Valores por fecha, {context}: {items}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Values by date: {items}.</source>
            <translation>Valores por fecha: {items}.</translation>
        </message>
    </context>
    <context>
        <name>TrialQuestions</name>
        <message>
            <location filename="../src/careorganiser/trials/templates.py" line="+80" />
            <source>this trial</source>
            <translation>este ensayo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>its registration number</source>
            <translation>su número de registro</translation>
        </message>
        <message>
            <source>Registration</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>Is this trial registered, and where? Is {nct_id} its ClinicalTrials.gov number?</source>
            <translation>¿Está registrado este ensayo, y dónde? ¿Es {nct_id} su número en ClinicalTrials.gov?</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>What phase is {title}, and what does that phase mean for someone taking part?</source>
            <translation>¿En qué fase está {title} y qué significa esa fase para quien participa?</translation>
        </message>
        <message>
            <source>Safety</source>
            <translation>Seguridad</translation>
        </message>
        <message>
            <source>How is safety monitored during the trial, and who reviews it?</source>
            <translation>¿Cómo se vigila la seguridad durante el ensayo y quién la revisa?</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Objetivos</translation>
        </message>
        <message>
            <source>What are the realistic goals of this trial? What might it do, and what will it not do, for me?</source>
            <translation>¿Cuáles son los objetivos realistas de este ensayo? ¿Qué puede hacer por mí y qué no?</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>How long does the trial last, how long is follow-up, and how often are the visits and tests?</source>
            <translation>¿Cuánto dura el ensayo, cuánto dura el seguimiento y con qué frecuencia son las visitas y las pruebas?</translation>
        </message>
        <message>
            <source>Risks</source>
            <translation>Riesgos</translation>
        </message>
        <message>
            <source>What are the possible risks and side effects, and what happens if I have one?</source>
            <translation>¿Cuáles son los posibles riesgos y efectos secundarios, y qué pasa si tengo alguno?</translation>
        </message>
        <message>
            <source>Costs</source>
            <translation>Gastos</translation>
        </message>
        <message>
            <source>Will travel and other costs be paid or reimbursed? Is there any compensation for taking part? Will I ever be asked to pay?</source>
            <translation>¿Me pagarán o reembolsarán el transporte y otros gastos? ¿Hay alguna compensación por participar? ¿Me pedirán pagar algo en algún momento?</translation>
        </message>
        <message>
            <source>Current treatment</source>
            <translation>Tratamiento actual</translation>
        </message>
        <message>
            <source>Can I keep taking my current treatment, such as antifibrotic medicines, and my usual care while in the trial?</source>
            <translation>¿Puedo seguir con mi tratamiento actual, como los antifibróticos, y con mi atención habitual durante el ensayo?</translation>
        </message>
        <message>
            <source>Treatment</source>
            <translation>Tratamiento</translation>
        </message>
        <message>
            <source>Could I receive a placebo? Will I know which treatment I am getting?</source>
            <translation>¿Podría recibir un placebo? ¿Sabré qué tratamiento recibo?</translation>
        </message>
        <message>
            <source>Leaving the trial</source>
            <translation>Dejar el ensayo</translation>
        </message>
        <message>
            <source>What happens if I want to stop, or leave the trial early? Can I go back to my usual care at once?</source>
            <translation>¿Qué pasa si quiero parar o dejar el ensayo antes de tiempo? ¿Puedo volver enseguida a mi atención habitual?</translation>
        </message>
        <message>
            <source>After the trial</source>
            <translation>Después del ensayo</translation>
        </message>
        <message>
            <source>What happens when the trial ends? Can I keep taking the study treatment if it helps me?</source>
            <translation>¿Qué pasa cuando termina el ensayo? ¿Puedo seguir con el tratamiento del estudio si me ayuda?</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <source>Who do I call with a problem or a question during the trial, including at night and at weekends?</source>
            <translation>¿A quién llamo si tengo un problema o una duda durante el ensayo, también de noche y los fines de semana?</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <source>Will I be told the results of {title} when they are known?</source>
            <translation>¿Me informarán de los resultados de {title} cuando se conozcan?</translation>
        </message>
    </context>
    <context>
        <name>Trials</name>
        <message>
            <location filename="../src/careorganiser/services/trials.py" line="+139" />
            <source>Considering</source>
            <extracomment>A row of the list of saved trials (``store.queries.trials``). Where a row falls in :func:`list_trials` (by NCT number, then id).</extracomment>
            <translation>Pensándolo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contacted the trial team</source>
            <translation>Contactado el equipo del ensayo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In screening</source>
            <translation>En selección</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enrolled</source>
            <translation>Inscrito</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not eligible</source>
            <translation>No elegible</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decided not to take part</source>
            <translation>Decidimos no participar</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A first, very small study of how the treatment acts in the body.</source>
            <translation>Un primer estudio, muy pequeño, de cómo actúa el tratamiento en el cuerpo.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The first tests in people, usually a small group, to check safety and find the right dose.</source>
            <translation>Las primeras pruebas en personas, normalmente un grupo pequeño, para comprobar la seguridad y encontrar la dosis adecuada.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A larger group, to see whether the treatment works and to learn more about its safety.</source>
            <translation>Un grupo más grande, para ver si el tratamiento funciona y saber más sobre su seguridad.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A large group, comparing the treatment with the usual treatment or a placebo.</source>
            <translation>Un grupo grande, que compara el tratamiento con el tratamiento habitual o con un placebo.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The treatment is already approved; the study follows how it works in everyday use and its long-term safety.</source>
            <translation>El tratamiento ya está aprobado; el estudio sigue cómo funciona en el uso diario y su seguridad a largo plazo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Studies of devices, procedures or ways of caring, and observational studies, have no phase.</source>
            <translation>Los estudios de dispositivos, procedimientos o formas de cuidar, y los estudios observacionales, no tienen fase.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The record does not give a phase.</source>
            <translation>El registro no indica una fase.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Interventional: participants receive a treatment or procedure being tested.</source>
            <translation>Intervencional: los participantes reciben un tratamiento o procedimiento en estudio.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Observational: no treatment is given; participants' health is followed.</source>
            <translation>Observacional: no se da ningún tratamiento; se sigue la salud de los participantes.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expanded access: a treatment not yet approved, offered outside a trial.</source>
            <translation>Acceso ampliado: un tratamiento aún no aprobado, ofrecido fuera de un ensayo.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>It is looking for participants now.</source>
            <translation>Está buscando participantes ahora.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>It has not started looking for participants yet.</source>
            <translation>Aún no ha empezado a buscar participantes.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only people invited by the trial team can join.</source>
            <translation>Solo pueden participar las personas invitadas por el equipo del ensayo.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>It is running, but no longer taking new participants.</source>
            <translation>Está en marcha, pero ya no admite participantes nuevos.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>It has finished.</source>
            <translation>Ha terminado.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>It has stopped for now and may start again.</source>
            <translation>Está detenido por ahora y puede volver a empezar.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>It stopped early and will not start again.</source>
            <translation>Se detuvo antes de tiempo y no volverá a empezar.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>It stopped before anyone took part.</source>
            <translation>Se detuvo antes de que participara nadie.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Fits</source>
            <translation>Cumple</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Conflicts</source>
            <translation>Conflictos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No recent data</source>
            <translation>Sin datos recientes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ask the trial team</source>
            <translation>Preguntar al equipo del ensayo</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Inclusion</source>
            <translation>Inclusión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exclusion</source>
            <translation>Exclusión</translation>
        </message>
        <message>
            <location line="+12" />
            <source>start</source>
            <translation>inicio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>primary completion</source>
            <translation>finalización principal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>completion</source>
            <translation>finalización</translation>
        </message>
        <message>
            <location line="+1" />
            <source>first posted</source>
            <translation>primera publicación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>last update posted</source>
            <translation>última actualización publicada</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+11" />
            <source> (estimated)</source>
            <translation> (estimada)</translation>
        </message>
        <message>
            <location line="-10" />
            <source>{what} {date}{estimated}</source>
            <translation>{what} {date}{estimated}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No phase given</source>
            <translation>Sin fase indicada</translation>
        </message>
        <message>
            <location line="+3" />
            <source> (with {names})</source>
            <translation> (con {names})</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{low} to {high}</source>
            <translation>{low} a {high}</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../src/careorganiser/trials/prescreen.py" line="+268" />
            <source>no minimum</source>
            <translation>sin mínimo</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/careorganiser/trials/prescreen.py" line="+0" />
            <source>no maximum</source>
            <translation>sin máximo</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../src/careorganiser/trials/diff.py" line="+54" />
            <source>Official title</source>
            <translation>Título oficial</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/careorganiser/trials/diff.py" line="-4" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/careorganiser/trials/diff.py" line="+2" />
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type of study</source>
            <translation>Tipo de estudio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Design</source>
            <translation>Diseño</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sponsor</source>
            <translation>Patrocinador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ages</source>
            <translation>Edades</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Conditions</source>
            <translation>Enfermedades</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{phone} ext. {ext}</source>
            <translation>{phone} ext. {ext}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{label}: changed</source>
            <translation>{label}: cambiado</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No saved trial has the NCT number {nct_id}.</source>
            <translation>Ningún ensayo guardado tiene el número NCT {nct_id}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That trial is no longer saved.</source>
            <translation>Ese ensayo ya no está guardado.</translation>
        </message>
        <message>
            <location line="+107" />
            <source>{count} added</source>
            <translation>{count} añadidos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} updated</source>
            <translation>{count} actualizados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} restored from the trash</source>
            <translation>{count} restaurados de la papelera</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} unchanged</source>
            <translation>{count} sin cambios</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No trials were imported.</source>
            <translation>No se importó ningún ensayo.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n trial(s)</source>
            <translation>
                <numerusform>%n ensayo</numerusform>
                <numerusform>%n ensayos</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>{trials}: {what}.</source>
            <translation>{trials}: {what}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>added</source>
            <translation>añadido</translation>
        </message>
        <message>
            <location line="+0" />
            <source>updated</source>
            <translation>actualizado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>already saved, nothing changed</source>
            <translation>ya guardado, nada cambió</translation>
        </message>
        <message>
            <location line="+1" />
            <source>restored from the trash</source>
            <translation>restaurado de la papelera</translation>
        </message>
        <message>
            <location line="+9" />
            <source>“{file}” is nested too deeply to be a ClinicalTrials.gov record.</source>
            <translation>“{file}” está anidado demasiado profundamente para ser un registro de ClinicalTrials.gov.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“{file}” holds text that cannot be stored.</source>
            <translation>“{file}” contiene texto que no se puede guardar.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Choose at least one file to import.</source>
            <translation>Elija al menos un archivo para importar.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Nothing was imported.</source>
            <translation>No se importó nada.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Nothing was imported from it.</source>
            <translation>No se importó nada de él.</translation>
        </message>
        <message>
            <location line="+63" />
            <source>Enter the trial's NCT number: “NCT” followed by 8 digits, for example NCT01234567.</source>
            <translation>Escriba el número NCT del ensayo: “NCT” seguido de 8 cifras, por ejemplo NCT01234567.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“{value}” is not an NCT number. It must be “NCT” followed by 8 digits, for example NCT01234567.</source>
            <translation>“{value}” no es un número NCT. Debe ser “NCT” seguido de 8 cifras, por ejemplo NCT01234567.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{nct_id} is already saved.</source>
            <translation>{nct_id} ya está guardado.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Choose one of: {choices}.</source>
            <translation>Elija uno de: {choices}.</translation>
        </message>
        <message>
            <location line="+131" />
            <source>Tick at least one question to add.</source>
            <translation>Marque al menos una pregunta para añadir.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is no question template “{key}”.</source>
            <translation>No existe la plantilla de pregunta “{key}”.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The address must start with https:// or http://.</source>
            <translation>La dirección debe empezar por https:// o http://.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>ClinicalTrials.gov ({nct_id})</source>
            <translation>ClinicalTrials.gov ({nct_id})</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Name of the treatment</source>
            <translation>Nombre del tratamiento</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Who offers it</source>
            <translation>Quién lo ofrece</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What is offered</source>
            <translation>Qué se ofrece</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cost</source>
            <translation>Coste</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Where you heard of it</source>
            <translation>Dónde lo conoció</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location line="+43" />
            <location line="+13" />
            <source>That offer no longer exists.</source>
            <translation>Esa oferta ya no existe.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/trials/cautions.py" line="+91" />
            <source>The notes mention an NCT number, but no ClinicalTrials.gov record is saved: look it up to check that the trial is registered.</source>
            <translation>Las notas mencionan un número NCT, pero no hay ningún registro de ClinicalTrials.gov guardado: búsquelo para comprobar que el ensayo está registrado.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>This offer has no NCT number, so it is not a registered trial. Reputable trials are registered (for example on ClinicalTrials.gov); ask for the registration number, and talk to the specialist team before agreeing to anything.</source>
            <translation>Esta oferta no tiene número NCT, así que no es un ensayo registrado. Los ensayos serios están registrados (por ejemplo en ClinicalTrials.gov); pida el número de registro y hable con el equipo especialista antes de aceptar nada.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The provider who gives the treatment is also the one selling it ({provider}). In a regulated trial the sponsor pays for the study and an ethics committee checks it; here no one independent does.</source>
            <translation>Quien da el tratamiento es también quien lo vende ({provider}). En un ensayo regulado el patrocinador paga el estudio y un comité de ética lo revisa; aquí nadie independiente lo hace.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This trial has no NCT number, so it may not be registered. Reputable trials are registered (for example on ClinicalTrials.gov); ask for the registration number before going further.</source>
            <translation>Este ensayo no tiene número NCT, así que puede que no esté registrado. Los ensayos serios están registrados (por ejemplo en ClinicalTrials.gov); pida el número de registro antes de seguir.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This mentions paying to take part. Reputable trials do not charge people to participate; clinics that sell unproven treatments (such as stem cell treatments) are not regulated trials. Talk to the specialist team first.</source>
            <translation>Esto menciona pagar por participar. Los ensayos serios no cobran a los participantes; las clínicas que venden tratamientos no probados (como tratamientos con células madre) no son ensayos regulados. Hable primero con el equipo especialista.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The sponsor is the clinic that runs the study ({sponsor}). Studies run and paid for by the clinic selling the treatment are a warning sign; ask who checks the study independently (an ethics committee, a regulator).</source>
            <translation>El patrocinador es la clínica que lleva el estudio ({sponsor}). Los estudios que lleva y paga la clínica que vende el tratamiento son una señal de alarma; pregunte quién revisa el estudio de forma independiente (un comité de ética, una autoridad reguladora).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The record says “{status}” but its completion date ({date}) has passed: the record has not been kept up to date. Ask the team what the study's real state is.</source>
            <translation>El registro dice “{status}”, pero su fecha de finalización ({date}) ya pasó: el registro no está al día. Pregunte al equipo cuál es el estado real del estudio.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The study finished more than a year ago and no results are posted. Registered trials are expected to post results; ask the team where the results are.</source>
            <translation>El estudio terminó hace más de un año y no hay resultados publicados. Se espera que los ensayos registrados publiquen sus resultados; pregunte al equipo dónde están.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A single-group phase 1 study: a first test of safety and dose in a few people, all given the treatment, with nothing to compare against. It cannot show that the treatment works.</source>
            <translation>Un estudio de fase 1 de un solo grupo: una primera prueba de seguridad y dosis en pocas personas, todas con el tratamiento y sin nada con qué comparar. No puede demostrar que el tratamiento funcione.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/trials/diff.py" line="+1" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start date</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Primary completion date</source>
            <translation>Fecha de finalización principal</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Completion date</source>
            <translation>Fecha de finalización</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enrollment</source>
            <translation>N.º de participantes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eligibility criteria</source>
            <translation>Criterios de elegibilidad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minimum age</source>
            <translation>Edad mínima</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Maximum age</source>
            <translation>Edad máxima</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sex</source>
            <translation>Sexo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last update posted</source>
            <translation>Última actualización publicada</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{date} (estimated)</source>
            <translation>{date} (estimada)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{count} (estimated)</source>
            <translation>{count} (estimado)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>All</source>
            <translation>Todo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Female</source>
            <translation>Mujer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Male</source>
            <translation>Hombre</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Site added</source>
            <translation>Centro añadido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Site removed</source>
            <translation>Centro quitado</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Site status changed: {place}</source>
            <translation>Cambió el estado del centro: {place}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>central contact</source>
            <translation>contacto central</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Contact added</source>
            <translation>Contacto añadido</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Contact details changed</source>
            <translation>Datos de contacto cambiados</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Contact removed</source>
            <translation>Contacto quitado</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/trials/model.py" line="+361" />
            <source>Not applicable</source>
            <translation>No aplicable</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+5" />
            <source>Early phase 1</source>
            <translation>Fase 1 temprana</translation>
        </message>
        <message>
            <location line="-1" />
            <location line="+2" />
            <source>Phase {numbers}</source>
            <translation>Fase {numbers}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Recruiting</source>
            <translation>En reclutamiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not yet recruiting</source>
            <translation>Aún sin reclutar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enrolling by invitation</source>
            <translation>Inscripción por invitación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active, not recruiting</source>
            <translation>Activo, sin reclutar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Completed</source>
            <translation>Completado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Suspended</source>
            <translation>Suspendido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Terminated</source>
            <translation>Interrumpido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Withdrawn</source>
            <translation>Retirado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unknown status</source>
            <translation>Estado desconocido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Available</source>
            <translation>Disponible</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No longer available</source>
            <translation>Ya no disponible</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Temporarily not available</source>
            <translation>No disponible temporalmente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Approved for marketing</source>
            <translation>Aprobado para su comercialización</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Withheld</source>
            <translation>Retenido</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/trials/online.py" line="+39" />
            <source>“{value}” is not an NCT number (NCT followed by 8 digits).</source>
            <translation>“{value}” no es un número NCT (NCT seguido de 8 cifras).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The ClinicalTrials.gov address must start with https:// or http://.</source>
            <translation>La dirección de ClinicalTrials.gov debe empezar por https:// o http://.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>ClinicalTrials.gov sent an answer for {nct_id} that is not a study record; try again later.</source>
            <translation>ClinicalTrials.gov envió una respuesta para {nct_id} que no es un registro de estudio; inténtelo más tarde.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>ClinicalTrials.gov sent {count} studies for {nct_id} instead of one.</source>
            <translation>ClinicalTrials.gov envió {count} estudios para {nct_id} en lugar de uno.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>ClinicalTrials.gov has no study {nct_id}; check the number.</source>
            <translation>ClinicalTrials.gov no tiene el estudio {nct_id}; compruebe el número.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ClinicalTrials.gov answered with an error (HTTP {code}); try again later.</source>
            <translation>ClinicalTrials.gov respondió con un error (HTTP {code}); inténtelo más tarde.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The answer from ClinicalTrials.gov for {nct_id} is too large to be a study record.</source>
            <translation>La respuesta de ClinicalTrials.gov para {nct_id} es demasiado grande para ser un registro de estudio.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>ClinicalTrials.gov did not answer in time; check the internet connection and try again.</source>
            <translation>ClinicalTrials.gov no respondió a tiempo; compruebe la conexión a internet e inténtelo de nuevo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>ClinicalTrials.gov could not be reached, so the computer may be offline (saved trials still work without a connection).</source>
            <translation>No se pudo conectar con ClinicalTrials.gov; puede que el ordenador no tenga conexión (los ensayos guardados funcionan sin conexión).</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/trials/prescreen.py" line="-62" />
            <source>This is a pre-screen to discuss with the trial team, not a decision about eligibility.</source>
            <extracomment>The value in words when it is not a reading of ``measurement`` as recorded: a change over a period ("weight loss of 5.5 %"), a value worked out ("eGFR 31 mL/min/1.73 m² worked out from creatinine"); with no value, the readings there are when they do not answer it ("Weight 80 kg on 1 Dec 2026 only"). Not in the JSON (spec/cli.md): the JSON's ``value`` is the number the bound was held against. The places ``value`` (a reading) is shown to beside the bound (domain.formatting.measured_beside).</extracomment>
            <translation>Esta es una preselección para comentar con el equipo del ensayo, no una decisión sobre la elegibilidad.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Does this apply to us: “{text}”?</source>
            <translation>¿Esto nos afecta?: “{text}”</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Age limits of the record: {low} to {high}</source>
            <translation>Límites de edad del registro: {low} a {high}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The record admits only: {sex}</source>
            <translation>El registro solo admite: {sex}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>women</source>
            <translation>mujeres</translation>
        </message>
        <message>
            <location line="+0" />
            <source>men</source>
            <translation>hombres</translation>
        </message>
        <message>
            <location line="+27" />
            <source>The app cannot check this from the recorded data; ask the trial team.</source>
            <translation>La aplicación no puede comprobar esto con los datos registrados; pregunte al equipo del ensayo.</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+822" />
            <source>{reason} This item is for one group of the study only ({group}); ask the trial team whether it applies.</source>
            <translation>{reason} Este punto es solo para un grupo del estudio ({group}); pregunte al equipo del ensayo si se aplica.</translation>
        </message>
        <message>
            <location line="-759" />
            <location line="+784" />
            <source>Not checked from the records: “{part}”; ask the trial team.</source>
            <translation>No comprobado con los registros: “{part}”; pregunte al equipo del ensayo.</translation>
        </message>
        <message>
            <location line="-770" />
            <source>{reason} The item offers another way to qualify that the app cannot check; ask the trial team.</source>
            <translation>{reason} El punto ofrece otra forma de cumplirlo que la aplicación no puede comprobar; pregunte al equipo del ensayo.</translation>
        </message>
        <message>
            <location line="+95" />
            <source>One of the alternatives fits: {reason}</source>
            <translation>Se cumple una de las alternativas: {reason}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>None of the alternatives fits: {reason}</source>
            <translation>No se cumple ninguna de las alternativas: {reason}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Only one of these alternatives is needed, and the app cannot check all of them; ask the trial team.</source>
            <translation>Basta con una de estas alternativas, y la aplicación no puede comprobarlas todas; pregunte al equipo del ensayo.</translation>
        </message>
        <message>
            <location line="+68" />
            <source>(The item needs both ALT and AST above the limit.)</source>
            <translation>(El punto exige que tanto la ALT como la AST superen el límite).</translation>
        </message>
        <message>
            <location line="+20" />
            <source>age {bound}</source>
            <translation>edad {bound}</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+15" />
            <source>years</source>
            <translation>años</translation>
        </message>
        <message>
            <location line="-12" />
            <source>No date of birth is recorded.</source>
            <translation>No hay fecha de nacimiento registrada.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Age {age} from the date of birth; the item states {bound}.</source>
            <translation>Edad {age} según la fecha de nacimiento; el punto indica {bound}.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>female</source>
            <translation>mujer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>male</source>
            <translation>hombre</translation>
        </message>
        <message>
            <location line="+4" />
            <source>sex: {sexes}</source>
            <translation>sexo: {sexes}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No sex of female or male is recorded; ask the trial team.</source>
            <translation>No consta el sexo (mujer u hombre); pregunte al equipo del ensayo.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recorded sex: {sex}.</source>
            <translation>Sexo registrado: {sex}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>at rest</source>
            <translation>en reposo</translation>
        </message>
        <message>
            <location line="-276" />
            <source>The item says what must not be so in a list of exclusions; the app does not judge this from the records: ask the trial team.</source>
            <translation>El punto dice, en una lista de exclusiones, lo que no debe darse; la aplicación no lo juzga a partir de los registros: pregunte al equipo del ensayo.</translation>
        </message>
        <message>
            <location line="+277" />
            <source> and </source>
            <translation> y </translation>
        </message>
        <message>
            <location line="+6" />
            <source>activity not stated</source>
            <translation>actividad no indicada</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No {label} reading stated as taken {context} is recorded.</source>
            <translation>No hay registrada ninguna lectura de {label} indicada como tomada {context}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No {label} reading taken at rest or without a stated activity is recorded.</source>
            <translation>No hay registrada ninguna lectura de {label} tomada en reposo o sin actividad indicada.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The latest ({value} on {date}, {how}) cannot answer this.</source>
            <translation>La última ({value} el {date}, {how}) no puede responder a esto.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{label} {value} on {date}, {how}</source>
            <translation>{label} {value} el {date}, {how}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>A later reading ({value} on {date}, {how}) is not held against this limit.</source>
            <translation>Una lectura posterior ({value} el {date}, {how}) no se compara con este límite.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{days} days</source>
            <translation>{days} días</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No {label} measurement is recorded.</source>
            <translation>No hay ninguna medición de {label} registrada.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The latest {label} ({value} on {date}) is older than {window}.</source>
            <translation>La última medición de {label} ({value} el {date}) es de hace más de {window}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The latest {label} ({value} on {date}) has no upper limit of normal recorded.</source>
            <translation>La última medición de {label} ({value} el {date}) no tiene registrado el límite superior de la normalidad.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{value} ({multiple} × the upper limit of normal, {high})</source>
            <translation>{value} ({multiple} × el límite superior de la normalidad, {high})</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{label} {value} on {date}; the item states {bound}.</source>
            <translation>{label} {value} el {date}; el punto indica {bound}.</translation>
        </message>
        <message>
            <location line="+45" />
            <source>eGFR</source>
            <translation>FGe</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No {label} and no creatinine within {window} to work it out from.</source>
            <translation>No hay {label} ni creatinina en {window} para calcularlo.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{label} is worked out from creatinine, age and sex; the date of birth or a sex of female or male is missing.</source>
            <translation>{label} se calcula a partir de la creatinina, la edad y el sexo; falta la fecha de nacimiento o el sexo (mujer u hombre).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>worked out by CKD-EPI 2021 from creatinine {creatinine} µmol/L on {date}, age {age}, {sex}</source>
            <translation>calculado con CKD-EPI 2021 a partir de la creatinina {creatinine} µmol/L del {date}, edad {age}, {sex}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Creatinine clearance is worked out from creatinine, age, sex and weight; no weight within {window}.</source>
            <translation>El aclaramiento de creatinina se calcula a partir de la creatinina, la edad, el sexo y el peso; no hay peso en {window}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>worked out by Cockcroft-Gault from creatinine {creatinine} µmol/L on {date}, age {age}, {sex}, weight {weight} kg on {weight_date}</source>
            <translation>calculado con Cockcroft-Gault a partir de la creatinina {creatinine} µmol/L del {date}, edad {age}, {sex}, peso {weight} kg del {weight_date}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{label} worked out from creatinine {creatinine} µmol/L would be {value} {unit}, which is not plausible; check that creatinine reading.</source>
            <translation>{label} calculado a partir de la creatinina {creatinine} µmol/L sería {value} {unit}, lo que no es plausible; compruebe esa medición de creatinina.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{label} {value} {unit}, {how}; the item states {bound}.</source>
            <translation>{label} {value} {unit}, {how}; el punto indica {bound}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{label} {value} {unit}, worked out from creatinine</source>
            <translation>{label} {value} {unit}, calculado a partir de la creatinina</translation>
        </message>
        <message>
            <location line="+87" />
            <source>FVC decline</source>
            <translation>descenso de la FVC (CVF)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>weight loss</source>
            <translation>pérdida de peso</translation>
        </message>
        <message>
            <location line="+0" />
            <source>weight change</source>
            <translation>cambio de peso</translation>
        </message>
        <message>
            <location line="+3" />
            <source>% predicted points</source>
            <translation>puntos de % del teórico</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The item gives no period for the change; ask the trial team over what time it counts.</source>
            <translation>El punto no indica en qué periodo se mide el cambio; pregunte al equipo del ensayo.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>No {label} reading within {window}</source>
            <translation>Ninguna medición de {label} en {window}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{label} {value} on {date} only</source>
            <translation>Solo {label} {value} el {date}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A change needs two {label} readings within {window}; {count} recorded.</source>
            <translation>Un cambio necesita dos lecturas de {label} en {window}; hay {count} registradas.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The {label} readings ({first_date} to {last_date}) do not cover the {window} the item counts over: a reading near {start} and a recent one are needed.</source>
            <translation>Las mediciones de {label} ({first_date} a {last_date}) no cubren los {window} en los que el punto mide el cambio: hace falta una medición cerca del {start} y una reciente.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{label} readings from {first_date} to {last_date} only</source>
            <translation>Mediciones de {label} solo del {first_date} al {last_date}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{label} {first} on {first_date} and the readings after it up to {last_date}: the largest change is {change} {unit} ({far} on {far_date}) within {window}; the item states {bound}.</source>
            <translation>{label} {first} el {first_date} y las mediciones posteriores hasta el {last_date}: el mayor cambio es de {change} {unit} ({far} el {far_date}) en {window}; el punto indica {bound}.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{label} {first} on {first_date}, {last} on {last_date}: a {how} of {change} {unit} within {window}; the item states {bound}.</source>
            <translation>{label} {first} el {first_date}, {last} el {last_date}: un {how} de {change} {unit} en {window}; el punto indica {bound}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>fall</source>
            <translation>descenso</translation>
        </message>
        <message>
            <location line="+0" />
            <source>rise (a negative fall)</source>
            <translation>aumento (un descenso negativo)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{subject} of {change} {unit} ({first} → {last})</source>
            <translation>{subject} de {change} {unit} ({first} → {last})</translation>
        </message>
        <message>
            <location line="+33" />
            <source>{name} for at least {period}</source>
            <translation>{name} durante al menos {period}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} is on the medication list without a start date.</source>
            <translation>{name} está en la lista de medicamentos sin fecha de inicio.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} on the medication list since {start}; the item asks for at least {period} (since {since} or earlier).</source>
            <translation>{name} está en la lista de medicamentos desde el {start}; el punto pide al menos {period} (desde el {since} o antes).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>not taking {name}</source>
            <translation>no toma {name}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} is on the medication list (since {start}).</source>
            <translation>{name} está en la lista de medicamentos (desde el {start}).</translation>
        </message>
        <message>
            <location line="+15" />
            <source>diagnosis: {terms}</source>
            <translation>diagnóstico: {terms}</translation>
        </message>
        <message>
            <location line="+0" />
            <source> or </source>
            <translation> o </translation>
        </message>
        <message>
            <location line="+1" />
            <source>The person's conditions include {condition}.</source>
            <translation>Las enfermedades de la persona incluyen {condition}.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>The {label} readings in {unit} were imported before units were converted, so they are not used. Enter them again in {kind_unit}.</source>
            <translation>Las lecturas de {label} en {unit} se importaron antes de que se convirtieran las unidades, por eso no se usan. Introdúzcalas de nuevo en {kind_unit}.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/trials/readers.py" line="+88" />
            <source>{file} is not a file (a folder, a device or a pipe), so it cannot be a saved trial record.</source>
            <translation>{file} no es un archivo (es una carpeta, un dispositivo o una tubería), así que no puede ser un registro de ensayo guardado.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+13" />
            <source>{file} is larger than 50 MB, so it cannot be a saved trial record.</source>
            <translation>{file} ocupa más de 50 MB, así que no puede ser un registro de ensayo guardado.</translation>
        </message>
        <message>
            <location line="-10" />
            <source>{file} could not be read: {problem}.</source>
            <translation>No se pudo leer {file}: {problem}.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{file} is empty.</source>
            <translation>{file} está vacío.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The file</source>
            <translation>El archivo</translation>
        </message>
        <message>
            <location line="+24" />
            <source>{file} is not a text file in UTF-8, so it is not a saved trial record.</source>
            <translation>{file} no es un archivo de texto en UTF-8, así que no es un registro de ensayo guardado.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{file} is a binary file, not a saved trial record.</source>
            <translation>{file} es un archivo binario, no un registro de ensayo guardado.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>{file} is not complete, valid JSON (the problem is at line {line}, column {column}).</source>
            <translation>{file} no es un JSON completo y válido (el problema está en la línea {line}, columna {column}).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file} is not valid JSON that this program can read.</source>
            <translation>{file} no es un JSON válido que este programa pueda leer.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file} is JSON but not a ClinicalTrials.gov record (no “protocolSection”, “studies” or “FullStudiesResponse” in it).</source>
            <translation>{file} es JSON, pero no un registro de ClinicalTrials.gov (no contiene “protocolSection”, “studies” ni “FullStudiesResponse”).</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+415" />
            <source>{file} holds more than 10,000 studies; save a smaller search and import that.</source>
            <translation>{file} contiene más de 10.000 estudios; guarde una búsqueda más pequeña e impórtela.</translation>
        </message>
        <message>
            <location line="-341" />
            <source>{file} holds no studies.</source>
            <translation>{file} no contiene ningún estudio.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{file} cannot be imported: study {number} is not a study record.</source>
            <translation>{file} no se puede importar: el estudio {number} no es un registro de estudio.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{file} cannot be imported: study {number} has no NCT number.</source>
            <translation>{file} no se puede importar: el estudio {number} no tiene número NCT.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file} cannot be imported: study {number} has the NCT number “{value}”, which is not “NCT” followed by 8 digits.</source>
            <translation>{file} no se puede importar: el estudio {number} tiene el número NCT “{value}”, que no es “NCT” seguido de 8 cifras.</translation>
        </message>
        <message>
            <location line="+325" />
            <source>{file} has no “NCT Number” column, so it is not a ClinicalTrials.gov CSV download.</source>
            <translation>{file} no tiene la columna “NCT Number”, así que no es una descarga CSV de ClinicalTrials.gov.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{file} is not a CSV file that this program can read.</source>
            <translation>{file} no es un archivo CSV que este programa pueda leer.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/trials/words.py" line="+12" />
            <source>participants</source>
            <translation>los participantes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>their doctors and nurses</source>
            <translation>sus médicos y enfermeras</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the researchers</source>
            <translation>los investigadores</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the people who measure the results</source>
            <translation>las personas que miden los resultados</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Randomised: chance decides which group each participant joins, so the groups can be compared fairly.</source>
            <translation>Aleatorizado: el azar decide en qué grupo entra cada participante, para que los grupos se puedan comparar de forma justa.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not randomised: participants are not put into groups by chance, so differences between groups may have other causes.</source>
            <translation>No aleatorizado: los participantes no se reparten en grupos al azar, así que las diferencias entre grupos pueden tener otras causas.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>One group: everyone gets the same treatment; there is no comparison group.</source>
            <translation>Un solo grupo: todos reciben el mismo tratamiento; no hay grupo de comparación.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Parallel groups: each group gets a different treatment (or a placebo) at the same time.</source>
            <translation>Grupos paralelos: cada grupo recibe un tratamiento distinto (o un placebo) al mismo tiempo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Crossover: each participant gets each treatment in turn.</source>
            <translation>Cruzado: cada participante recibe cada tratamiento por turnos.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open label: everyone knows which treatment each participant gets.</source>
            <translation>Abierto: todos saben qué tratamiento recibe cada participante.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{first} and {last}</source>
            <translation>{first} y {last}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Blinded: {who} do not know who gets which treatment.</source>
            <translation>Enmascarado: {who} no saben quién recibe cada tratamiento.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Blinded ({level}): some of the people involved do not know who gets which treatment.</source>
            <translation>Enmascarado ({level}): algunas de las personas implicadas no saben quién recibe cada tratamiento.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{measure} (when: {time_frame})</source>
            <translation>{measure} (cuándo: {time_frame})</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/careorganiser/trials/bounds.py" line="+117" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n día</numerusform>
                <numerusform>%n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n semana</numerusform>
                <numerusform>%n semanas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n mes</numerusform>
                <numerusform>%n meses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n año</numerusform>
                <numerusform>%n años</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrialsCommand</name>
        <message>
            <location filename="../src/careorganiser/commands/trials.py" line="+70" />
            <source>“{file}”: {nct_id} {outcome} — {title}</source>
            <translation>“{file}”: {nct_id} {outcome} — {title}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No trials are saved yet. Import one with: careorganiser trials import FILE --profile NAME</source>
            <translation>Aún no hay ensayos guardados. Importe uno con: careorganiser trials import FILE --profile NAME</translation>
        </message>
        <message>
            <location line="+20" />
            <source>CAUTION: {text}</source>
            <translation>PRECAUCIÓN: {text}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Interventions:</source>
            <translation>Intervenciones:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Contacts:</source>
            <translation>Contactos:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sites ({count}):</source>
            <translation>Centros ({count}):</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Record: {url}</source>
            <translation>Registro: {url}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Status: {status}</source>
            <translation>Estado: {status}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No ClinicalTrials.gov record is saved for this trial yet; import one to see its details and the eligibility pre-screen.</source>
            <translation>Aún no hay un registro de ClinicalTrials.gov guardado para este ensayo; importe uno para ver sus detalles y la preselección de elegibilidad.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Your interest: {interest}</source>
            <translation>Su interés: {interest}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your notes:</source>
            <translation>Sus notas:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>What changed at the last import:</source>
            <translation>Qué cambió en la última importación:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Eligibility pre-screen</source>
            <translation>Preselección de elegibilidad</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The record has no eligibility text.</source>
            <translation>El registro no tiene texto de elegibilidad.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>From the record's age and sex limits:</source>
            <translation>Según los límites de edad y sexo del registro:</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Used: {reason}</source>
            <translation>Usado: {reason}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Why: {reason}</source>
            <translation>Por qué: {reason}</translation>
        </message>
    </context>
    <context>
        <name>TrialsPage</name>
        <message>
            <location filename="../src/careorganiser/ui/trials/words.py" line="+149" />
            <source>{age} years</source>
            <translation>{age} años</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Record's limits</source>
            <translation>Límites del registro</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{kind} ({section})</source>
            <translation>{kind} ({section})</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The app cannot check this item; ask the trial team.</source>
            <translation>La aplicación no puede comprobar este punto; pregunte al equipo del ensayo.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>• {bound} — {status}: {reason}</source>
            <translation>• {bound} — {status}: {reason}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/detail.py" line="+92" />
            <source>The selected trial</source>
            <translation>El ensayo seleccionado</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose a trial in the list to see its details.</source>
            <translation>Elija un ensayo de la lista para ver sus detalles.</translation>
        </message>
        <message>
            <location line="+11" />
            <location filename="../src/careorganiser/ui/trials/dialogs.py" line="+76" />
            <source>Caution</source>
            <translation>Precaución</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/parts.py" line="+54" />
            <source>Your interest in this trial</source>
            <translation>Su interés en este ensayo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Your inte&amp;rest:</source>
            <translation>Su inte&amp;rés:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Your notes about this trial</source>
            <translation>Sus notas sobre este ensayo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>who you spoke to, what they said, what to ask next…</source>
            <translation>con quién habló, qué le dijeron, qué preguntar después…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your &amp;notes:</source>
            <translation>Sus &amp;notas:</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Follow-&amp;up plan…</source>
            <translation>Plan de seg&amp;uimiento…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Follow-up plan of this trial</source>
            <translation>Plan de seguimiento de este ensayo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Visits, tests due, change from baseline and side effects</source>
            <translation>Visitas, pruebas pendientes, cambio desde la basal y efectos secundarios</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/detail.py" line="+12" />
            <source>About the selected trial</source>
            <translation>Sobre el ensayo seleccionado</translation>
        </message>
        <message>
            <location line="+3" />
            <source>About the study</source>
            <translation>Sobre el estudio</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;About the study</source>
            <translation>&amp;Sobre el estudio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Pre-screen</source>
            <translation>&amp;Preselección</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/careorganiser/ui/trials/detail_controller.py" line="+136" />
            <source>&amp;What changed</source>
            <translation>&amp;Qué cambió</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Questions</source>
            <translation>Pre&amp;guntas</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/columns.py" line="+50" />
            <location filename="../src/careorganiser/ui/trials/detail.py" line="-47" />
            <source>Pre-screen</source>
            <extracomment>A message for the page's message line: (text, is_error).</extracomment>
            <translation>Preselección</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eligibility item</source>
            <translation>Punto de elegibilidad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why</source>
            <translation>Por qué</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value used</source>
            <translation>Valor usado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of the value</source>
            <translation>Fecha del valor</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/parts.py" line="+22" />
            <source>Eligibility pre-screen, item by item</source>
            <translation>Preselección de elegibilidad, punto por punto</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/columns.py" line="+7" />
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Now</source>
            <translation>Ahora</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/parts.py" line="+43" />
            <source>What changed since the last import</source>
            <translation>Qué cambió desde la última importación</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Questions to add: tick the ones you want</source>
            <translation>Preguntas para añadir: marque las que quiera</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Tick all</source>
            <translation>&amp;Marcar todas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tick every question</source>
            <translation>Marcar todas las preguntas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the tic&amp;ked questions</source>
            <translation>Añadir las preguntas mar&amp;cadas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the ticked questions for the doctor</source>
            <translation>Añadir las preguntas marcadas para el médico</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/detail_controller.py" line="-36" />
            <source>record imported {date}</source>
            <translation>registro importado el {date}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no ClinicalTrials.gov record saved yet</source>
            <translation>aún no hay registro de ClinicalTrials.gov guardado</translation>
        </message>
        <message>
            <location line="+7" />
            <source>ℹ This trial changed at the last import ({count} changes): see “What changed”.</source>
            <translation>ℹ Este ensayo cambió en la última importación ({count} cambios): vea “Qué cambió”.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/words.py" line="+22" />
            <source>There is no eligibility text to check until the trial's record is imported or looked up online.</source>
            <translation>No hay texto de elegibilidad que comprobar hasta que se importe o se busque en línea el registro del ensayo.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Checking the eligibility items against the records…</source>
            <translation>Comparando los criterios de elegibilidad con los registros…</translation>
        </message>
        <message>
            <location line="-11" />
            <source>Each measurable part of an item is held against the latest recorded value that fits its time window and circumstances; everything else is for the trial team to check.</source>
            <translation>Cada parte medible de un punto se compara con el último valor registrado que encaje en su periodo y circunstancias; todo lo demás lo tiene que comprobar el equipo del ensayo.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/detail_controller.py" line="+7" />
            <source>{fits} fit · {conflicts} conflict · {no_data} without recent data · {ask} to ask the trial team</source>
            <translation>Cumple: {fits} · En conflicto: {conflicts} · Sin datos recientes: {no_data} · Preguntar al equipo del ensayo: {ask}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The record has no eligibility text; ask the trial team who can take part.</source>
            <translation>El registro no tiene texto de elegibilidad; pregunte al equipo del ensayo quién puede participar.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/words.py" line="+15" />
            <source>Select an item to see how it was checked.</source>
            <translation>Seleccione un punto para ver cómo se comprobó.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/detail_controller.py" line="+6" />
            <source>What changed in the registry's record between the last two imports:</source>
            <translation>Qué cambió en el registro entre las dos últimas importaciones:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing changed at the last import. Import the trial's record again later to see what changes.</source>
            <translation>Nada cambió en la última importación. Vuelva a importar el registro del ensayo más adelante para ver los cambios.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No record has been imported for this trial yet.</source>
            <translation>Aún no se ha importado ningún registro para este ensayo.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;What changed ({count})</source>
            <translation>&amp;Qué cambió ({count})</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Tick the questions to ask. They go to the questions list, linked to this trial, for the next appointment: {when}, {what}.</source>
            <translation>Marque las preguntas que quiere hacer. Van a la lista de preguntas, vinculadas a este ensayo, para la próxima cita: {when}, {what}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tick the questions to ask. They go to the questions list, linked to this trial, under “Not planned yet” (no appointment is planned).</source>
            <translation>Marque las preguntas que quiere hacer. Van a la lista de preguntas, vinculadas a este ensayo, en “Aún sin planificar” (no hay ninguna cita planificada).</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/words.py" line="+36" />
            <source>{question} (already in your questions)</source>
            <translation>{question} (ya está en sus preguntas)</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/detail_controller.py" line="+5" />
            <source>Interest saved: {interest}.</source>
            <translation>Interés guardado: {interest}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Notes saved.</source>
            <translation>Notas guardadas.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>for the next appointment ({what})</source>
            <translation>para la próxima cita ({what})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>under “Not planned yet”</source>
            <translation>en “Aún sin planificar”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Added 1 question {where}; see Questions.</source>
            <translation>Se añadió 1 pregunta {where}; vea Preguntas.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Added {count} questions {where}; see Questions.</source>
            <translation>Se añadieron {count} preguntas {where}; vea Preguntas.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} were already in the list.</source>
            <translation>{count} ya estaban en la lista.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/words.py" line="-60" />
            <source>{status}: {reason}</source>
            <translation>{status}: {reason}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/about.py" line="+50" />
            <source>No ClinicalTrials.gov record is saved for {nct_id} yet. Import the record saved from the website (“Import file…”, or drop the file on this page), or use “Look up online…” to fetch it.</source>
            <translation>Aún no hay un registro de ClinicalTrials.gov guardado para {nct_id}. Importe el registro guardado desde la web (“Importar archivo…” o arrastre el archivo a esta página), o use “Buscar en línea…” para descargarlo.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Interventions</source>
            <translation>Intervenciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Groups (arms)</source>
            <translation>Grupos (brazos)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Main results measured (primary outcomes)</source>
            <translation>Principales resultados medidos (variables principales)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Other results measured (secondary outcomes)</source>
            <translation>Otros resultados medidos (variables secundarias)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Contacts for the trial</source>
            <translation>Contactos del ensayo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A site without a name</source>
            <translation>Un centro sin nombre</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sites ({count}) and their contacts</source>
            <translation>Centros ({count}) y sus contactos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The record</source>
            <translation>El registro</translation>
        </message>
        <message>
            <location line="+0" />
            <source>{url} (saved on this computer; the app does not go online unless you ask)</source>
            <translation>{url} (guardado en este ordenador; la aplicación no se conecta a internet salvo que usted lo pida)</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/dialogs.py" line="-28" />
            <location line="+1" />
            <location filename="../src/careorganiser/ui/trials/page.py" line="+63" />
            <source>Add a trial by its NCT number</source>
            <translation>Añadir un ensayo por su número NCT</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Every registered trial has an NCT number, such as NCT01234567. You can import its full record later, or look it up online.</source>
            <translation>Cada ensayo registrado tiene un número NCT, como NCT01234567. Puede importar su registro completo más adelante o buscarlo en línea.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/columns.py" line="-39" />
            <location filename="../src/careorganiser/ui/trials/dialogs.py" line="+7" />
            <source>NCT number</source>
            <extracomment>The pre-screen's first column is tinted by status (its words and symbol say it too: never colour alone).</extracomment>
            <translation>Número NCT</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/dialogs.py" line="+4" />
            <source>Title (optional)</source>
            <translation>Título (opcional)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>what the trial is called, if you know</source>
            <translation>cómo se llama el ensayo, si lo sabe</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;NCT number:</source>
            <translation>Número &amp;NCT:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Title (optional):</source>
            <translation>&amp;Título (opcional):</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Add trial</source>
            <translation>&amp;Añadir ensayo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add trial</source>
            <translation>Añadir ensayo</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/words.py" line="-107" />
            <source>The look-up failed; try again later.</source>
            <translation>La búsqueda falló; inténtelo más tarde.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/dialogs.py" line="+31" />
            <location line="+1" />
            <source>Record an offer without an NCT number</source>
            <translation>Anotar una oferta sin número NCT</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A clinic, a website or a friend may offer a treatment that is not a registered trial. Write down what you were told; the app shows what to be careful about.</source>
            <translation>Una clínica, una web o un amigo pueden ofrecer un tratamiento que no es un ensayo registrado. Anote lo que le dijeron; la aplicación muestra con qué tener cuidado.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Treatment:</source>
            <translation>&amp;Tratamiento:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name of the treatment</source>
            <translation>Nombre del tratamiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Who offers it:</source>
            <translation>&amp;Quién lo ofrece:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Who offers it (clinic, person, website)</source>
            <translation>Quién lo ofrece (clínica, persona, web)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What is &amp;offered:</source>
            <translation>Qué se &amp;ofrece:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What is offered</source>
            <translation>Qué se ofrece</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Cost:</source>
            <translation>&amp;Coste:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cost, as you were told it</source>
            <translation>Coste, tal como se lo dijeron</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where you &amp;heard of it:</source>
            <translation>&amp;Dónde lo conoció:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Where you heard of it</source>
            <translation>Dónde lo conoció</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Notes:</source>
            <translation>&amp;Notas:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Save offer</source>
            <translation>&amp;Guardar oferta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save offer</source>
            <translation>Guardar oferta</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/words.py" line="-16" />
            <source>{nct_id} {outcome}</source>
            <translation>{nct_id} {outcome}</translation>
        </message>
        <message>
            <location line="+2" />
            <source> ({count} changes: see “What changed”)</source>
            <translation> ({count} cambios: vea “Qué cambió”)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{file}”: {what}</source>
            <translation>“{file}”: {what}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>… and {count} more</source>
            <translation>… y {count} más</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/page.py" line="-15" />
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Trials you are following. Import a record saved from ClinicalTrials.gov, or drop the file on this page. Nothing goes online unless you ask.</source>
            <translation>Ensayos que sigue. Importe un registro guardado desde ClinicalTrials.gov o arrastre el archivo a esta página. Nada se conecta a internet salvo que usted lo pida.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Import file…</source>
            <translation>&amp;Importar archivo…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import a file saved from ClinicalTrials.gov</source>
            <translation>Importar un archivo guardado desde ClinicalTrials.gov</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add by N&amp;CT number…</source>
            <translation>Añadir por número N&amp;CT…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Look up online…</source>
            <translation>&amp;Buscar en línea…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Look up a trial on ClinicalTrials.gov (goes online)</source>
            <translation>Buscar un ensayo en ClinicalTrials.gov (se conecta a internet)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Offer with&amp;out NCT number…</source>
            <translation>Oferta &amp;sin número NCT…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record a treatment offered without an NCT number</source>
            <translation>Anotar un tratamiento ofrecido sin número NCT</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete trial</source>
            <translation>E&amp;liminar ensayo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the selected trial</source>
            <translation>Eliminar el ensayo seleccionado</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Result of the last action</source>
            <translation>Resultado de la última acción</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/lists.py" line="+51" />
            <source>&amp;Saved trials:</source>
            <translation>&amp;Ensayos guardados:</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/columns.py" line="+1" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/words.py" line="-39" />
            <source>not known</source>
            <translation>no se sabe</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/columns.py" line="+1" />
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/words.py" line="+4" />
            <source>none given</source>
            <translation>no indicado</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/columns.py" line="+1" />
            <source>Interest</source>
            <translation>Interés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Imported</source>
            <translation>Importado</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/lists.py" line="+3" />
            <source>Saved trials</source>
            <translation>Ensayos guardados</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No trials are saved yet. Save a trial's record from ClinicalTrials.gov (JSON or CSV) and import it here, or add a trial by its NCT number.</source>
            <translation>Aún no hay ensayos guardados. Guarde el registro de un ensayo desde ClinicalTrials.gov (JSON o CSV) e impórtelo aquí, o añada un ensayo por su número NCT.</translation>
        </message>
        <message>
            <location line="+74" />
            <source>Offers wit&amp;hout an NCT number:</source>
            <extracomment>A message for the page's message line: (text, is_error).</extracomment>
            <translation>Ofertas sin &amp;número NCT:</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/columns.py" line="+7" />
            <source>Treatment</source>
            <translation>Tratamiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who offers it</source>
            <translation>Quién lo ofrece</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cost</source>
            <translation>Coste</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Warnings</source>
            <translation>Advertencias</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/lists.py" line="+2" />
            <source>Offers without an NCT number</source>
            <translation>Ofertas sin número NCT</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Delete o&amp;ffer</source>
            <translation>Eliminar o&amp;ferta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the selected offer</source>
            <translation>Eliminar la oferta seleccionada</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/page.py" line="+30" />
            <source>Clinical trials</source>
            <translation>Ensayos clínicos</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/words.py" line="+6" />
            <source>record saved</source>
            <translation>registro guardado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no record yet</source>
            <translation>aún sin registro</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{date} · ℹ changed</source>
            <translation>{date} · ℹ cambió</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Importing {count} files…</source>
            <translation>Importando {count} archivos…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Importing…</source>
            <translation>Importando…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Importing: file {number} of {count}…</source>
            <translation>Importando: archivo {number} de {count}…</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/page.py" line="+159" />
            <source>Import trial records saved from ClinicalTrials.gov</source>
            <translation>Importar registros de ensayos guardados desde ClinicalTrials.gov</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ClinicalTrials.gov records (*.json *.csv);;All files (*)</source>
            <translation>Registros de ClinicalTrials.gov (*.json *.csv);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/words.py" line="+19" />
            <source>Saved {nct_id}. Import its record, or look it up online, to see its details and the eligibility pre-screen.</source>
            <translation>Se guardó {nct_id}. Importe su registro o búsquelo en línea para ver sus detalles y la preselección de elegibilidad.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Saved the offer “{name}”. {flags}</source>
            <translation>Se guardó la oferta “{name}”. {flags}</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/lists.py" line="+20" />
            <source>Choose an offer to delete first.</source>
            <translation>Primero elija la oferta que quiere eliminar.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete offer</source>
            <translation>Eliminar oferta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the offer “{name}”?</source>
            <translation>¿Eliminar la oferta “{name}”?</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/page.py" line="+23" />
            <source>Look up a trial online</source>
            <translation>Buscar un ensayo en línea</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This goes online to ClinicalTrials.gov.
NCT number to look up:</source>
            <translation>Esto se conecta a ClinicalTrials.gov.
Número NCT que buscar:</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/ui/trials/words.py" line="-19" />
            <source>“{value}” is not an NCT number. It must be “NCT” followed by 8 digits, for example NCT01234567.</source>
            <translation>“{value}” no es un número NCT. Debe ser “NCT” seguido de 8 cifras, por ejemplo NCT01234567.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Looking up {nct_id} on ClinicalTrials.gov…</source>
            <translation>Buscando {nct_id} en ClinicalTrials.gov…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Deleted the trial “{label}”.</source>
            <translation>Se eliminó el ensayo “{label}”.</translation>
        </message>
    </context>
    <context>
        <name>UndoBar</name>
        <message>
            <location filename="../src/careorganiser/ui/widgets/undo_bar.py" line="+22" />
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undo delete</source>
            <translation>Deshacer borrado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dismiss</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dismiss this message</source>
            <translation>Descartar este mensaje</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <location filename="../src/careorganiser/services/appointments.py" line="-186" />
            <location filename="../src/careorganiser/services/questions.py" line="-96" />
            <source>Choose one from the list.</source>
            <translation>Elija uno de la lista.</translation>
        </message>
        <message>
            <location filename="../src/careorganiser/services/cleaning.py" line="+44" />
            <source>{label} must be text.</source>
            <translation>{label} debe ser texto.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{label} contains characters that cannot be saved. Please type it again.</source>
            <translation>{label} contiene caracteres que no se pueden guardar. Escríbalo de nuevo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{label} is required.</source>
            <translation>{label} es obligatorio.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{label} is too long: {length} characters, at most {limit}.</source>
            <translation>{label} es demasiado largo: {length} caracteres, como máximo {limit}.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>{label} must be a list.</source>
            <translation>{label} debe ser una lista.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{label}: too many entries ({count}), at most {limit}.</source>
            <translation>{label}: demasiadas entradas ({count}), como máximo {limit}.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message>
            <location line="+0" />
            <source>tomorrow</source>
            <translation>mañana</translation>
        </message>
        <message>
            <location line="+1" />
            <source>yesterday</source>
            <translation>ayer</translation>
        </message>
        <message>
            <location line="+119" />
            <source>14 Mar 1951, 14/03/1951 or 1951-03-14</source>
            <extracomment>The separator each language groups thousands with when it is typed (Polish groups with a space).</extracomment>
            <translation>14 mar 1951, 14/03/1951 o 1951-03-14</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{label}: give a date without a time.</source>
            <translation>{label}: indique una fecha sin hora.</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+25" />
            <source>{label} is required: type it like {example}.</source>
            <translation>{label} es obligatorio: escríbalo como {example}.</translation>
        </message>
        <message>
            <location line="-21" />
            <source>{label} must be a date, for example {example}.</source>
            <translation>{label} debe ser una fecha, por ejemplo {example}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{label}: there is no such day as “{text}”.</source>
            <translation>{label}: no existe el día “{text}”.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{label}: “{text}” is not a date. Type it like {example}.</source>
            <translation>{label}: “{text}” no es una fecha. Escríbala como {example}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>08:00, 13:30 or 1pm</source>
            <translation>08:00 o 13:30</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{label}: “{text}” is not a time of day. Type it like {example}.</source>
            <translation>{label}: “{text}” no es una hora del día. Escríbala como {example}.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{label} is required: type a number, for example {example}.</source>
            <translation>{label} es obligatorio: escriba un número, por ejemplo {example}.</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+11" />
            <source>{label} must be a number.</source>
            <translation>{label} debe ser un número.</translation>
        </message>
        <message>
            <location line="-4" />
            <source>{label}: “{text}” is not a number. Type it like {example}.</source>
            <translation>{label}: “{text}” no es un número. Escríbalo como {example}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{label} must be an ordinary number.</source>
            <translation>{label} debe ser un número normal.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{label}: choose a date and time.</source>
            <translation>{label}: elija una fecha y una hora.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{label}: the time zone is missing.</source>
            <translation>{label}: falta la zona horaria.</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+22" />
            <source>{label} cannot be before {year}.</source>
            <translation>{label} no puede ser anterior a {year}.</translation>
        </message>
        <message>
            <location line="-19" />
            <source>{label} is in the future. Choose a time up to now.</source>
            <translation>{label} está en el futuro. Elija una hora hasta ahora.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>the year {year} is not plausible; use a year from {first} to {last}.</source>
            <translation>el año {year} no es verosímil; use un año de {first} a {last}.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{label}: choose a date.</source>
            <translation>{label}: elija una fecha.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{label} cannot be in the future.</source>
            <translation>{label} no puede estar en el futuro.</translation>
        </message>
    </context>
    <context>
        <name>ZoneWarning</name>
        <message>
            <location filename="../src/careorganiser/ui/widgets/zone_warning.py" line="+25" />
            <source>Time zone warning</source>
            <translation>Aviso de zona horaria</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Use {zone} for this profile</source>
            <translation>Usar {zone} para este perfil</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Time zone</source>
            <translation>Zona horaria</translation>
        </message>
    </context>
</TS>
