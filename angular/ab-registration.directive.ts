/**
 * `ab-registration/angular`: `AbRegistrationDirective` types the element's
 * property bindings in Angular templates (strictTemplates): `[requestInit]`,
 * `[strings]`, `[handoffHosts]` and the rest are checked against the element's
 * own types, and set on the element. Importing it defines the tag. The events
 * are typed without it (`HTMLElementEventMap`); the tag still needs
 * `CUSTOM_ELEMENTS_SCHEMA`. `timeout` and `autostart` stay plain attributes (as
 * inputs, strict templates would refuse `timeout="5000"`).
 *
 * Shipped partially compiled (`angular/index.js`, `index.d.ts`), as Angular
 * libraries are: `AB_ANGULAR_DIR=<an Angular app> node scripts/build-angular.mjs`.
 */
import {Directive, ElementRef, Input, inject} from '@angular/core';
import type {AbRegistration, RequestExtras, StringOverrides} from 'ab-registration';
import 'ab-registration/define';

@Directive({selector: 'ab-registration', standalone: true})
export class AbRegistrationDirective {
  private readonly el: AbRegistration = inject(ElementRef).nativeElement;

  @Input() set endpoint(value: string) {
    this.el.endpoint = value;
  }
  @Input() set email(value: string) {
    this.el.email = value;
  }
  @Input() set lang(value: string) {
    this.el.lang = value;
  }
  @Input() set marketplace(value: 'ca' | 'com') {
    this.el.marketplace = value;
  }
  @Input() set supportUrl(value: string) {
    this.el.supportUrl = value;
  }
  @Input() set supportPhone(value: string) {
    this.el.supportPhone = value;
  }
  @Input() set presentation(value: 'dialog' | 'inline') {
    this.el.presentation = value;
  }
  @Input() set theme(value: 'light' | 'dark' | 'auto' | undefined) {
    this.el.theme = value;
  }
  @Input() set handoffTarget(value: 'self' | 'blank') {
    this.el.handoffTarget = value;
  }
  @Input() set handoffHosts(value: readonly string[]) {
    this.el.handoffHosts = value;
  }
  @Input() set strings(value: StringOverrides | undefined) {
    this.el.strings = value;
  }
  @Input() set requestInit(value: RequestExtras | undefined) {
    this.el.requestInit = value;
  }
}
