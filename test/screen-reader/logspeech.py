# An Orca speech server that speaks nothing and writes every utterance, as a
# synthesizer would receive it, to the JSON-lines file $AB_SPEECH_LOG:
# {"t": seconds, "text": ..., "lang": the voice's language if Orca set one}
# for speech, {"t": ..., "stop": true} when Orca interrupts. A real audio
# stack (speech-dispatcher) hangs Orca on a machine without a sound device.
import json
import os
import time

from orca import speechserver

_LOG = os.environ.get('AB_SPEECH_LOG', '/tmp/ab-speech.jsonl')


def _write(entry):
    entry['t'] = time.time()
    with open(_LOG, 'a', encoding='utf-8') as log:
        log.write(json.dumps(entry, ensure_ascii=False) + '\n')


def _lang(acss):
    try:
        family = (acss or {}).get('family') or {}
        return family.get('lang') or family.get('locale')
    except Exception:  # an ACSS without a family
        return None


class SpeechServer(speechserver.SpeechServer):
    _active = None

    @staticmethod
    def getFactoryName():
        return 'Log'

    @staticmethod
    def getSpeechServers():
        return [SpeechServer.getSpeechServer()]

    @staticmethod
    def getSpeechServer(info=None):
        if SpeechServer._active is None:
            SpeechServer._active = SpeechServer()
        return SpeechServer._active

    @staticmethod
    def shutdownActiveServers():
        SpeechServer._active = None

    def getInfo(self):
        return ['Log', 'log']

    def getVoiceFamilies(self):
        return [speechserver.VoiceFamily({'name': 'log', 'lang': 'en', 'dialect': '', 'variant': None})]

    def speak(self, text=None, acss=None, interrupt=True):
        if text:
            _write({'text': text, 'lang': _lang(acss)})

    def speakCharacter(self, character, acss=None):
        _write({'text': character, 'char': True})

    def speakKeyEvent(self, event, acss=None):
        pass

    def sayAll(self, utteranceIterator, progressCallback):
        for [context, acss] in utteranceIterator:
            _write({'text': context.utterance, 'lang': _lang(acss)})
            progressCallback(context, speechserver.SayAllContext.COMPLETED)

    def stop(self):
        _write({'stop': True})

    def shutdown(self):
        pass

    def reset(self, text=None, acss=None):
        pass

    def increaseSpeechRate(self, step=5):
        pass

    def decreaseSpeechRate(self, step=5):
        pass

    def increaseSpeechPitch(self, step=0.5):
        pass

    def decreaseSpeechPitch(self, step=0.5):
        pass

    def updateCapitalizationStyle(self):
        pass

    def updatePunctuationLevel(self):
        pass
