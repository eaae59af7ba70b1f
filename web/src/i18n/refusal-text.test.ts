import { describe, expect, it } from 'vitest'
import { refusalText } from './refusal-text'

describe('refusalText renders API refusals from code and params', () => {
  it('in Chinese and in English, ignoring the server message', () => {
    const error = {
      code: 'geometry_self_intersection',
      params: { at: [120.041, 30.949] },
      message: 'invalid geometry: self-intersection at [120.041, 30.949]',
    }
    expect(refusalText(error, 'zh')).toBe('图形无效：边界自相交，位置 [120.041, 30.949]')
    expect(refusalText(error, 'en')).toBe('invalid geometry: self-intersection at [120.041, 30.949]')
  })

  it('with the parameters of a rule refusal', () => {
    const error = {
      code: 'R3.5.publicity_not_ended',
      params: { end: '2019-03-20', on: '2019-03-15', closableFrom: '2019-03-21' },
    }
    expect(refusalText(error, 'zh')).toBe('公示期至 2019-03-20 止，2019-03-21 起方可办理')
    expect(refusalText(error, 'en')).toContain('it can be closed from 2019-03-21')
  })

  it('codes without params', () => {
    expect(refusalText({ code: 'invalid_credentials' }, 'zh')).toBe('登录失败：用户名或密码错误')
    expect(refusalText({ code: 'unauthenticated', params: null }, 'en')).toBe('sign in first')
  })

  it('falls back to a generic sentence naming the code for an unknown code or unusable params', () => {
    expect(refusalText({ code: 'flux_capacitor', message: 'raw text' }, 'zh')).toBe(
      '操作未能完成（错误代码：flux_capacitor）',
    )
    expect(refusalText({ code: 'flux_capacitor' }, 'en')).toContain('error code: flux_capacitor')
    expect(
      refusalText({ code: 'swapped_coordinates', params: { path: 'coordinates[0][0][0]' } }, 'en'),
    ).toContain('swapped_coordinates')
    expect(refusalText({ code: 'too_many_attempts', params: {} }, 'zh')).toContain('too_many_attempts')
  })
})
